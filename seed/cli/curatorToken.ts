/**
 * `npm run curator:token -- <name> [expiry]`: makes a new curator token. Prints the token (shown once: give
 * it to the curator) and the line to add to the tokens file, which holds only its SHA-256.
 */
import { randomBytes } from 'node:crypto';
import { hashToken, parseCuratorTokens } from '../../api/src/auth/curatorTokens.js';

const [name, expiry] = process.argv.slice(2);
if (!name) {
  console.error('usage: npm run curator:token -- <name> [expiry, e.g. 2026-12-31]');
  process.exit(2);
}
const token = `atlas_${randomBytes(32).toString('base64url')}`;
const line = `${name}:${hashToken(token)}${expiry ? `:${expiry}` : ''}`;
try {
  parseCuratorTokens(line, 'the new entry');
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
console.log(`token for ${name} (shown once; send it privately):\n  ${token}\n`);
console.log(`add this line to the file named by ATLAS_CURATOR_TOKENS_FILE (or to ATLAS_CURATOR_TOKENS):\n  ${line}`);
