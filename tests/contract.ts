/** Checks a timeline.json object against the data contract; returns the problems found. */
export function contractProblems(tl: any): string[] {
  const problems: string[] = [];
  const need = (cond: boolean, what: string) => { if (!cond) problems.push(what); };
  const isDate = (d: unknown) => d === null || (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  const str = (x: unknown) => typeof x === 'string';
  for (const key of ['articles', 'people', 'places', 'organizations', 'claims', 'events', 'rounds', 'discrepancies']) need(Array.isArray(tl[key]), `${key} is a list`);
  if (problems.length) return problems;
  const ids = (list: any[], name: string) => {
    const set = new Set(list.map((x) => x.id));
    need(set.size === list.length, `${name} ids are unique`);
    return set;
  };
  const articles = ids(tl.articles, 'articles');
  const people = ids(tl.people, 'people');
  const places = ids(tl.places, 'places');
  const orgs = ids(tl.organizations, 'organizations');
  const claims = ids(tl.claims, 'claims');
  const events = ids(tl.events, 'events');
  for (const a of tl.articles) {
    need(str(a.id) && str(a.file) && str(a.title), `article ${a.id} has id, file, title`);
    need(str(a.source?.id) && str(a.source?.name), `article ${a.id} has a source`);
    need(isDate(a.published), `article ${a.id} published is a date or null`);
    need(['stated', 'inferred', 'front-matter', 'unknown'].includes(a.publishedHow), `article ${a.id} publishedHow`);
    if (a.url !== undefined) need(/^https?:\/\//.test(a.url), `article ${a.id} url is http(s)`);
  }
  for (const e of [...tl.people, ...tl.places, ...tl.organizations]) {
    need(str(e.id) && str(e.name) && Array.isArray(e.aliases) && Array.isArray(e.mentions), `entity ${e.id} shape`);
    for (const m of e.mentions) need(articles.has(m.article) && str(m.sentence), `entity ${e.id} mention resolves`);
  }
  for (const c of tl.claims) {
    need(articles.has(c.article) && str(c.sentence) && str(c.text), `claim ${c.id} shape`);
    need(c.speaker === null || people.has(c.speaker) || orgs.has(c.speaker), `claim ${c.id} speaker resolves`);
    need(isDate(c.date), `claim ${c.id} date`);
  }
  for (const e of tl.events) {
    need(isDate(e.date) && e.date !== null && str(e.title) && str(e.summary), `event ${e.id} shape`);
    need(e.people.every((p: string) => people.has(p)) && e.places.every((p: string) => places.has(p)), `event ${e.id} entities resolve`);
    need(e.claims.every((c: string) => claims.has(c)) && e.sources.every((s: string) => articles.has(s)), `event ${e.id} claims and sources resolve`);
  }
  for (const r of tl.rounds) {
    need(Number.isInteger(r.number) && isDate(r.date) && ['held', 'planned'].includes(r.status), `round ${r.number} shape`);
    need(r.place === null || places.has(r.place), `round ${r.number} place resolves`);
    need(r.events.every((e: string) => events.has(e)) && r.sources.every((s: string) => articles.has(s)), `round ${r.number} refs resolve`);
    need(Object.values(r.delegations).flat().every((p) => people.has(p as string)), `round ${r.number} delegates resolve`);
  }
  for (const d of tl.discrepancies) {
    need(str(d.id) && str(d.topic) && Array.isArray(d.values), `discrepancy ${d.id} shape`);
    need(d.values.every((v: any) => str(v.value) && articles.has(v.article) && str(v.sentence)), `discrepancy ${d.id} values resolve`);
    need(d.event === null || events.has(d.event), `discrepancy ${d.id} event resolves`);
  }
  return problems;
}
