type Value = string | number | boolean;

/**
 * Tiny SQL SELECT builder with positional parameters.
 *
 * @example new Query('users').where('age', '>', 18).sort('name').toSql()
 */
export class Query {
  private conditions: string[] = [];
  private params: Value[] = [];
  private order: string[] = [];
  private max?: number;

  constructor(private readonly table: string) {}

  where(column: string, op: '=' | '<' | '>' | '<=' | '>=' | '<>', value: Value): this {
    this.conditions.push(`${column} ${op} ?`);
    this.params.push(value);
    return this;
  }

  sort(column: string, direction: 'ASC' | 'DESC' = 'ASC'): this {
    this.order.push(`${column} ${direction}`);
    return this;
  }

  limit(n: number): this {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('limit must be a positive integer');
    this.max = n;
    return this;
  }

  toSql(): { sql: string; params: Value[] } {
    let sql = `SELECT * FROM ${this.table}`;
    if (this.conditions.length) sql += ` WHERE ${this.conditions.join(' AND ')}`;
    if (this.order.length) sql += ` ORDER BY ${this.order.join(', ')}`;
    if (this.max !== undefined) sql += ` LIMIT ${this.max}`;
    return { sql, params: [...this.params] };
  }
}
