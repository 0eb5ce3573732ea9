import { queryRows } from './query-rows';

const runner = (answer: unknown) => ({ query: () => Promise.resolve(answer) });

describe('queryRows', () => {
  it('returns the rows of a SELECT as they are', async () => {
    await expect(queryRows(runner([{ id: 1 }]), 'SELECT 1')).resolves.toEqual([{ id: 1 }]);
  });

  it('unwraps the [rows, rowCount] answer TypeORM gives to UPDATE … RETURNING', async () => {
    await expect(queryRows(runner([[{ id: 1 }, { id: 2 }], 2]), 'UPDATE')).resolves.toEqual([
      { id: 1 },
      { id: 2 },
    ]);
    await expect(queryRows(runner([[], 0]), 'DELETE')).resolves.toEqual([]);
  });

  it('passes the parameters through', async () => {
    const seen: unknown[] = [];
    await queryRows(
      {
        query: (_sql: string, params?: unknown[]) => {
          seen.push(params);
          return Promise.resolve([]);
        },
      },
      'SELECT $1',
      ['x'],
    );
    expect(seen).toEqual([['x']]);
  });
});
