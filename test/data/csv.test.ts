import { expect } from '@open-wc/testing';
import { csvText, summaryToCSV } from '../../src/data/csv.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';

const leads = [
  { id: 1, status: 'new', createdAt: '2026-01-01', owner: 'a' },
  { id: 2, status: 'customer', createdAt: '2026-01-01', owner: 'a' },
  { id: 3, status: 'customer', createdAt: '2026-01-01', owner: 'a' },
  { id: 4, status: 'assigned', createdAt: '2026-01-01', owner: 'b' },
];
const owners = [
  { id: 'a', label: 'Nguyễn "An", Sales\nHN' },
  { id: 'b', label: '=HYPERLINK("http://evil.example","x")' },
  { id: 'c', label: '@SUM(1+1)' },
];

function csv(lang: 'vi' | 'en') {
  const store = ingestLeads(
    readDataset({
      owners,
      leads,
      statuses: [
        { id: 'new', kind: 'new' },
        { id: 'customer', label: 'Customer', kind: 'won' },
        { id: 'assigned', label: '-1+2', kind: 'open' },
      ],
    })!,
    {
      timeZone: 'UTC',
    },
  );
  return summaryToCSV(summarize(store, { range: { from: null, to: null }, lang }), lang);
}

describe('CSV of a summary', () => {
  it('writes a BOM, a header, a row per group and the totals row, with CRLF line ends', () => {
    expect(csv('en')).to.equal(
      '\uFEFF' +
        [
          "Salesperson,New,New (Share),Customer,Customer (Share),'-1+2,'-1+2 (Share),Total,Conversion rate",
          '"Nguyễn ""An"", Sales\nHN",1,0.3333,2,0.6667,0,0,3,1',
          `"'=HYPERLINK(""http://evil.example"",""x"")",0,0,0,0,1,1,1,0`,
          "'@SUM(1+1),0,,0,,0,,0,",
          'Total,1,0.25,2,0.5,1,0.25,4,0.6667',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('speaks Vietnamese', () => {
    expect(csv('vi').split('\r\n')[0]).to.equal(
      "\uFEFFNhân viên,Mới,Mới (Tỷ trọng),Customer,Customer (Tỷ trọng),'-1+2,'-1+2 (Tỷ trọng),Tổng,Tỷ lệ chuyển đổi",
    );
    expect(csv('vi').split('\r\n').at(-2)).to.equal('Tổng,1,0.25,2,0.5,1,0.25,4,0.6667');
  });

  it('neutralises every formula start and quotes only when needed', () => {
    expect(csvText('plain text')).to.equal('plain text');
    expect(csvText('=1+1')).to.equal("'=1+1");
    expect(csvText('+1')).to.equal("'+1");
    expect(csvText('-1')).to.equal("'-1");
    expect(csvText('@A1')).to.equal("'@A1");
    expect(csvText('\tx')).to.equal("'\tx");
    expect(csvText('\rx')).to.equal(`"'\rx"`);
    expect(csvText('a,b')).to.equal('"a,b"');
    expect(csvText('say "hi"')).to.equal('"say ""hi"""');
  });
});
