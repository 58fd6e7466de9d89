import * as chrono from 'chrono-node';
const ref = new Date('2023-12-17T12:00:00Z');
const s = process.argv.slice(2).length ? process.argv.slice(2) : [
 'last December', 'next March', 'December 12-14', 'Dec. 1 to Dec. 5', 'March 1987 through June 1987', '12 December', 'the 12th of December',
 'Monday, Dec. 11, 2023', 'end of December', 'by the end of March 1987', 'on 2023-12-01', 'in mid-December', 'Dec 31 1986', 'the year ended Dec. 31',
 'March 3 and April 5, 2019', 'between March 3 and April 5', 'April 1-3', 'on Mondays', 'in the week ended March 6', 'Jan 5th', 'Sept 22 2024', 'Tuesday, Dec. 12',
 'from January to March', 'in January and February', 'THE MARCH 3 MEETING', 'June 30-Dec. 31', 'Updated 9:41 p.m. ET Aug. 2, 2023',
];
for (const t of s) {
  const r = chrono.casual.parse(t, { instant: ref, timezone: 0 });
  console.log(JSON.stringify(t), '=>', r.map(x => `[${x.index}:${x.text}] ${x.start.date().toISOString().slice(0,10)} known=${['year','month','day','weekday','hour'].filter(c=>x.start.isCertain(c as any)).join(',')}${x.end?' end='+x.end.date().toISOString().slice(0,10)+' known='+['year','month','day','weekday'].filter(c=>x.end!.isCertain(c as any)).join(','):''}`).join(' | '));
}
