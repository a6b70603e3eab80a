export { buildPayload, formatAmount, type Order, type WebhookPayload, type EventName } from "./payload";
