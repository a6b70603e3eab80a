/** A customer record as stored by the CRM. */
export interface Customer {
  id: number;
  fullName: string;
  email: string;
  vip: boolean;
}

/** Parses one CSV row: id,full name,email,vip(yes/no). */
export function parseCustomer(row: string): Customer {
  const [id, fullName, email, vip] = row.split(",").map((s) => s.trim());
  return { id: Number(id), fullName, email, vip: vip === "yes" };
}
