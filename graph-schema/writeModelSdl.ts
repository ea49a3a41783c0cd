import { writeFileSync } from 'node:fs';
import { printModelSdl } from './printModelSdl.js';

writeFileSync(new URL('./generated/model.graphql', import.meta.url), printModelSdl());
