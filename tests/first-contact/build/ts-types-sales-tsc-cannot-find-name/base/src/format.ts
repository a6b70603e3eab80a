/** 123456 -> "1,234.56" */
export function formatCents(cents: number): string {
  const whole = Math.floor(cents / 100).toLocaleString("en-US");
  return `${whole}.${String(cents % 100).padStart(2, "0")}`;
}
