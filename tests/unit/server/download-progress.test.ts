import { describe, expect, it } from 'vitest';
import { downloadProgress } from '../../../server/src/local-neo4j/install.js';

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
});
