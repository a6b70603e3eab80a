import { formatMoney, parseMoney } from "../src/money";
import { receiptText } from "../src/receipt";
import { check } from "./check";

export const cases: Array<() => void> = [
  () => check(formatMoney(123456, "USD"), "$1,234.56", "default locale"),
  () => check(formatMoney(123456, "EUR", "de-DE"), "1.234,56\u00a0€", "German euros"),
  () => check(formatMoney(500, "JPY", "ja-JP"), "￥500", "yen has no minor unit"),
  () => check(formatMoney(-1999, "GBP", "en-GB"), "-£19.99", "negative pounds"),
  () => check(parseMoney(" 12.50 ", "EUR"), 1250, "parse"),
  () => check(receiptText([{ label: "Tea", minor: 350 }], "GBP", "en-GB").endsWith("£3.50"), true, "receipt"),
];
