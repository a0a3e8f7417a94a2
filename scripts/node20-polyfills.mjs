// Vitest 5's reporter calls Map.groupBy (Node 21+); on Node 20 a failing test then crashes the report and
// hides the failure message. Define it where missing, exactly as specified (ES2024), for test runs only.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value(items, callback) {
      const groups = new Map();
      let index = 0;
      for (const item of items) {
        const key = callback(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
