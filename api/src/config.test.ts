import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig: the read model', () => {
  it('is on for the embedded store and off for Neo4j unless asked for', () => {
    expect(loadConfig({}).store.readModel).toEqual({ maxRelationships: 2_000_000 });
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687' }).store.readModel).toBeNull();
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687', ATLAS_READ_MODEL: 'on' }).store.readModel).toEqual({ maxRelationships: 2_000_000 });
    expect(loadConfig({ ATLAS_READ_MODEL: 'off' }).store.readModel).toBeNull();
    expect(loadConfig({ ATLAS_READ_MODEL_MAX_RELATIONSHIPS: '5000' }).store.readModel).toEqual({ maxRelationships: 5000 });
  });

  it('refuses values it does not know, naming the variable', () => {
    expect(() => loadConfig({ ATLAS_READ_MODEL: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ ATLAS_READ_MODEL: 'yes' })).toThrow(/ATLAS_READ_MODEL must be auto, on or off/);
    expect(() => loadConfig({ ATLAS_READ_MODEL_MAX_RELATIONSHIPS: '-1' })).toThrow(/ATLAS_READ_MODEL_MAX_RELATIONSHIPS/);
  });
});
