/** A customer record as stored by the CRM. */
export interface Customer {
  id: number;
  fullname: string;
  email: string;
  vip: boolean;
}

/** Parses one CSV row: id,full name,email,vip(yes/no). */
export function parseCustomer(row: string): Customer {
  const [id, fullname, email, vip] = row.split(",").map((s) => s.trim());
  return { id: Number(id), fullname, email, vip: vip === "yes" };
}
