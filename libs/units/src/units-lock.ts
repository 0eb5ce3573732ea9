import type { EntityManager } from 'typeorm';

/** Advisory lock key serialising changes to the shape of the tree (parents), across instances. */
const UNITS_TREE_LOCK = 74_230_301;

/** Takes the tree lock for the rest of the caller's transaction. */
export async function lockUnitTree(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [UNITS_TREE_LOCK]);
}
