/** Time entries per employee, as clocked in the shift app. */
export interface Entry {
  employee: string;
  /** ISO date of the shift, e.g. "2024-05-06". */
  day: string;
  /** Minutes worked, breaks already deducted. */
  minutes: number;
}

export class Timesheet {
  private readonly entries: Entry[] = [];

  /** Records one shift; rejects negative or absurd (> 16 h) durations. */
  log(entry: Entry): void {
    if (entry.minutes < 0 || entry.minutes > 16 * 60) {
      throw new RangeError(`implausible shift of ${entry.minutes} minutes for ${entry.employee}`);
    }
    this.entries.push({ ...entry });
  }

  /**
   * Hours an employee worked, rounded to a quarter hour.
   * @example sheet.hoursLogged("ines") // 7.75
   */
  hoursLogged(employee: string): number {
    const minutes = this.entries
      .filter((e) => e.employee === employee)
      .reduce((sum, e) => sum + e.minutes, 0);
    return Math.round(minutes / 15) / 4;
  }

  /** Everyone who logged at least one shift, alphabetically. */
  employees(): string[] {
    return [...new Set(this.entries.map((e) => e.employee))].sort();
  }
}
