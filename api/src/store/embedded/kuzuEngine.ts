/**
 * The only import of the embedded engine. Kuzu upstream is frozen at 0.11.3; its successor LadybugDB
 * (npm `lbug`) has the same API, so switching is this one line once the machines have glibc 2.38.
 */
import kuzu from 'kuzu';

export const { Database, Connection } = kuzu;
export type KuzuDatabase = InstanceType<typeof kuzu.Database>;
export type KuzuConnection = InstanceType<typeof kuzu.Connection>;
export type KuzuPrepared = Awaited<ReturnType<KuzuConnection['prepare']>>;
