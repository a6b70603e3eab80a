/** Shipping label formatting for parcels leaving the DE warehouse. */

export interface Address {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 code, upper case. */
  country: string;
}

const HOME_COUNTRY = "DE";

const COUNTRY_NAMES: Record<string, string> = {
  AT: "AUSTRIA",
  CH: "SWITZERLAND",
  FR: "FRANCE",
  NL: "NETHERLANDS",
};

/** True when the parcel stays in Germany. */
export function isDomestic(address: Address): boolean {
  return address.country.toUpperCase() === HOME_COUNTRY;
}

/**
 * Lines of the label. Domestic labels omit the country; foreign labels end
 * with the country name in capitals, as the postal service asks.
 */
export function labelLines(address: Address): string[] {
  const lines = [address.name, address.street, `${address.postalCode} ${address.city}`];
  if (!isDomestic(address)) {
    const code = address.country.toUpperCase();
    lines.push(COUNTRY_NAMES[code] ?? code);
  }
  return lines;
}

/** Rejects an address the carrier would bounce: missing fields or a bad German postal code. */
export function validate(address: Address): string[] {
  const problems: string[] = [];
  for (const key of ["name", "street", "postalCode", "city", "country"] as const) {
    if (address[key].trim() === "") {
      problems.push(`${key} is empty`);
    }
  }
  if (isDomestic(address) && !/^\d{5}$/.test(address.postalCode)) {
    problems.push("postal code must have five digits in Germany");
  }
  return problems;
}
