import { describe, expect, it } from 'vitest';
import { downloadFailure, downloadProgress } from '../../../server/src/local-neo4j/install.js';

describe('progress of the one-time Neo4j download', () => {
  it('reports each downloaded jar with its size, and nothing else', () => {
    const lines = [
      '[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar',
      '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (3.4 MB at 1.2 MB/s)',
      '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j/5.26.30/neo4j-5.26.30.pom (5.2 kB at 20 kB/s)',
      '[INFO] Copying neo4j-kernel-5.26.30.jar to /x/lib-5.26.30.partial/neo4j-kernel-5.26.30.jar',
    ];
    expect(lines.map(downloadProgress)).toEqual([
      undefined,
      'neo4j-kernel-5.26.30.jar (3.4 MB at 1.2 MB/s)',
      undefined,
      undefined,
    ]);
  });

  it('tells an unreachable Maven Central from other Maven failures', () => {
    const offline = downloadFailure('5.26.30', 1, [
      '[ERROR] Failed to execute goal on project neo4j-fetch: Could not resolve dependencies for project',
      '[ERROR] Could not transfer artifact org.neo4j:neo4j:pom:5.26.30 from/to central (https://repo.maven.apache.org/maven2): Unknown host repo.maven.apache.org',
    ]);
    expect(offline.message).toBe('Maven Central could not be reached to fetch Neo4j 5.26.30.');
    expect(offline.hint).toContain('Check the network');
    const other = downloadFailure('5.26.30', 1, ['[ERROR] Non-parseable POM']);
    expect(other.message).toBe('Maven could not fetch Neo4j 5.26.30 (exit 1).');
    expect(other.details).toBe('[ERROR] Non-parseable POM');
  });
});
