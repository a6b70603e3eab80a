import { describe, expect, it } from 'vitest';
import { Query } from '../src/query.js';

describe('Query', () => {
  it('builds where + order + limit', () => {
    const q = new Query('orders').where('status', '=', 'open').orderBy('created', 'DESC').limit(10);
    expect(q.toSql()).toEqual({
      sql: 'SELECT * FROM orders WHERE status = ? ORDER BY created DESC LIMIT 10',
      params: ['open'],
    });
  });

  it('orders by several columns', () => {
    const { sql } = new Query('people').orderBy('last').orderBy('first').toSql();
    expect(sql).toBe('SELECT * FROM people ORDER BY last ASC, first ASC');
  });
});
