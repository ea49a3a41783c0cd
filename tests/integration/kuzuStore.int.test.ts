import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import { runGraphStoreContract } from '../contract/graphStoreContract.js';

runGraphStoreContract('embedded Kuzu', () => KuzuStore.open({ path: join(mkdtempSync(join(tmpdir(), 'atlas-kuzu-')), 'atlas.kuzu') }));
