import { descendantIds, findCycles, parentsFirst, subtreeIds, wouldCreateCycle } from './unit-tree';

//        tv
//      /    \
//    cl      ck
//   /  \       \
// cl1  cl2     ck1
const tree = [
  { id: 'cl1', parentId: 'cl' },
  { id: 'tv', parentId: null },
  { id: 'cl', parentId: 'tv' },
  { id: 'ck', parentId: 'tv' },
  { id: 'cl2', parentId: 'cl' },
  { id: 'ck1', parentId: 'ck' },
  { id: 'other', parentId: null },
];

describe('unit tree', () => {
  it('lists every unit below a unit, not the unit itself', () => {
    expect(descendantIds(tree, 'tv').sort()).toEqual(['ck', 'ck1', 'cl', 'cl1', 'cl2']);
    expect(descendantIds(tree, 'cl').sort()).toEqual(['cl1', 'cl2']);
    expect(descendantIds(tree, 'cl1')).toEqual([]);
    expect(descendantIds(tree, 'missing')).toEqual([]);
  });

  it('gives a subtree as the unit and everything below it', () => {
    expect(subtreeIds(tree, 'ck').sort()).toEqual(['ck', 'ck1']);
    expect(subtreeIds(tree, 'missing')).toEqual([]);
  });

  it('survives a cycle in malformed data', () => {
    const looped = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(descendantIds(looped, 'a')).toEqual(['b']);
  });

  it('knows when a new parent would close a loop', () => {
    expect(wouldCreateCycle(tree, 'cl', 'cl1')).toBe(true);
    expect(wouldCreateCycle(tree, 'tv', 'ck1')).toBe(true);
    expect(wouldCreateCycle(tree, 'cl', 'cl')).toBe(true);
    expect(wouldCreateCycle(tree, 'cl', 'ck')).toBe(false);
    expect(wouldCreateCycle(tree, 'cl', null)).toBe(false);
  });

  it('finds the cycles of a parent graph', () => {
    expect(findCycles(tree)).toEqual([]);
    const cycles = findCycles([
      ...tree,
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'z' },
      { id: 'z', parentId: 'x' },
      { id: 'w', parentId: 'x' },
    ]);
    expect(cycles).toHaveLength(1);
    expect([...cycles[0]].sort()).toEqual(['x', 'y', 'z']);
    expect(findCycles([{ id: 's', parentId: 's' }])).toEqual([['s']]);
  });

  it('orders units parents first', () => {
    const ordered = parentsFirst(tree).map((u) => u.id);
    for (const unit of tree) {
      if (unit.parentId)
        expect(ordered.indexOf(unit.parentId)).toBeLessThan(ordered.indexOf(unit.id));
    }
    expect(ordered).toHaveLength(tree.length);
  });
});
