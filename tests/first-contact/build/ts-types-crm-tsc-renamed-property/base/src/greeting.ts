import type { Customer } from "./customer.js";

/** The salutation line of a newsletter. */
export function salutation(c: Customer): string {
  const first = c.fullname.split(" ")[0];
  return c.vip ? `Dear ${first}, thank you for being a VIP` : `Hi ${first}`;
}
