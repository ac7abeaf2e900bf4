/** Roles in a tenant, as the product names them (the database keeps them beside the column). */
export { roles, type Role } from '@/db/schema';
