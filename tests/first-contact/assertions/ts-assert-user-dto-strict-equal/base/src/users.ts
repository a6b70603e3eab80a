/** Public representation of a user account returned by the API. */
export type Role = 'admin' | 'member';
export const DEFAULT_ROLE: Role = 'member';

export interface UserRow {
  id: number;
  email: string;
  name: string | null;
  role?: Role;
  created: string; // ISO timestamp from the database
}

export interface UserDto {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  memberSince: string;
}

/** Map a database row to the API shape; users without a name are shown by e-mail. */
export function toDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email.toLowerCase(),
    displayName: row.name?.trim() || row.email.split('@')[0],
    role: row.role ?? DEFAULT_ROLE,
    memberSince: row.created.slice(0, 10),
  };
}
