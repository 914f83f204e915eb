import type * as ReactPdf from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { PrintImage } from '../../domain/document/document-facts';
import type { PrintableDossier, PrintableParty, PrintablePrices, PrintableSection, PrintableSignature, PrintableSheet, PrintableSummary } from '../../domain/document/printable-dossier';

/**
 * The booking file's document laid out with react-pdf: A4, the parts in the manual's order, the
 * description and the terms each from a new page, a footer with the page numbers on every page.
 * react-pdf is ESM-only and this app is CommonJS, so the module is passed in by whoever loaded it
 * with `await import()` (the PDF worker); only its types are imported here.
 */
export type ReactPdfModule = typeof ReactPdf;

/** DejaVu Sans, embedded, draws every character an owner may type; Helvetica, a standard PDF font, only Latin-1 (kept for comparison). */
export type PdfFont = 'embedded' | 'standard';

const FAMILY: Record<PdfFont, string> = { embedded: 'DejaVu Sans', standard: 'Helvetica' };

/** Once per thread, before the first render: fonts are registered in react-pdf's global store. */
export function registerFonts(pdf: ReactPdfModule, fontFile: (name: string) => string): void {
  pdf.Font.register({ family: FAMILY.embedded, fonts: [{ src: fontFile('DejaVuSans.ttf') }, { src: fontFile('DejaVuSans-Bold.ttf'), fontWeight: 'bold' }] });
  // The default hyphenation is English and cuts French words in the wrong places: words stay whole.
  pdf.Font.registerHyphenationCallback((word) => [word]);
}

export function dossierDocument(pdf: ReactPdfModule, dossier: PrintableDossier, font: PdfFont): ReactElement<ReactPdf.DocumentProps> {
  const { Document, Page, Text, View } = pdf;
  const printable = font === 'standard' ? inLatin1(dossier) : dossier;
  const { header, summary, description, terms, footer } = printable;
  return (
    <Document
      title={printable.metadata.title}
      author={printable.metadata.author}
      language={printable.lang === 'FR' ? 'fr-FR' : 'en-GB'}
      // The day the document is made, not the instant it is rendered: the same facts give the same bytes.
      creationDate={new Date(`${printable.issuedOn}T00:00:00Z`)}
    >
      <Page size="A4" style={{ ...styles.page, fontFamily: FAMILY[font] }}>
        <View style={styles.header}>
          {header.logo === null ? null : image(pdf, header.logo, styles.logo)}
          <View style={styles.grow}>
            <Text style={styles.name}>{header.name}</Text>
            {header.slogan === null ? null : <Text style={styles.slogan}>{header.slogan}</Text>}
          </View>
        </View>
        {summaryOf(pdf, summary)}
        <View break>
          <Text style={styles.h1} minPresenceAhead={80}>
            {description.heading}
          </Text>
          {description.accommodations.map((sheet, i) => sheetOf(pdf, sheet, i))}
          {description.establishment === null ? null : (
            <View>
              <Text style={styles.h2} minPresenceAhead={60}>
                {description.establishment.name}
              </Text>
              {paragraphs(pdf, description.establishment.paragraphs)}
              {images(pdf, description.establishment.images)}
            </View>
          )}
        </View>
        {terms === null ? null : (
          <View break>
            <Text style={styles.h1}>{terms.heading}</Text>
            {terms.paragraphs.map((paragraph, i) => (
              <Text key={i} style={styles.terms}>
                {paragraph}
              </Text>
            ))}
          </View>
        )}
        <Text fixed style={styles.footerText}>
          {footer.text}
        </Text>
        <Text fixed style={styles.pageNumber} render={({ pageNumber, totalPages }) => `${footer.page} ${pageNumber} ${footer.of} ${totalPages}`} />
      </Page>
    </Document>
  );
}

function summaryOf(pdf: ReactPdfModule, summary: PrintableSummary): ReactElement {
  const { Text, View } = pdf;
  const line = (text: string | null, style: ReactPdf.Styles[string] = styles.body) => (text === null ? null : <Text style={style}>{text}</Text>);
  return (
    <View>
      <View style={styles.parties}>
        {party(pdf, summary.owner)}
        {party(pdf, summary.guest)}
      </View>
      <Text style={styles.placeAndDate}>{summary.placeAndDate}</Text>
      <Text style={styles.title}>{summary.title}</Text>
      {line(summary.fileNumber, styles.fileNumber)}
      <View style={styles.block}>
        {summary.stays.map((stay, i) => (
          <View key={i} style={styles.stay} wrap={false}>
            {line(stay.period, styles.strong)}
            {line(stay.accommodation)}
            {line(stay.occupants)}
          </View>
        ))}
      </View>
      {summary.prices === null ? null : prices(pdf, summary.prices)}
      <View style={styles.block}>
        {line(summary.total, styles.total)}
        {line(summary.touristTax)}
        {summary.touristTaxDetail.map((detail, i) => (
          <Text key={i} style={styles.note}>
            {detail}
          </Text>
        ))}
        {line(summary.deposit)}
        {line(summary.paid)}
        {line(summary.balance, styles.strong)}
        {line(summary.paymentMethods)}
      </View>
      <View style={styles.block}>
        {[summary.arrival, summary.departure].map((notice, i) =>
          notice === null ? null : (
            <View key={i}>
              {line(notice.text)}
              {line(notice.note, styles.note)}
            </View>
          ),
        )}
      </View>
      {[summary.furtherInformation, summary.note].map((section, i) => (section === null ? null : <View key={i}>{sectionOf(pdf, section)}</View>))}
      <View style={styles.block}>
        {paragraphs(pdf, summary.statusText)}
        {paragraphs(pdf, summary.politeness)}
      </View>
      {summary.signature === null ? null : signature(pdf, summary.signature)}
    </View>
  );
}

function party(pdf: ReactPdfModule, who: PrintableParty): ReactElement {
  const { Text, View } = pdf;
  return (
    <View style={styles.party}>
      <Text style={styles.label}>{who.heading}</Text>
      {who.lines.map((text, i) => (
        <Text key={i} style={i === 0 ? styles.strong : styles.body}>
          {text}
        </Text>
      ))}
    </View>
  );
}

function prices(pdf: ReactPdfModule, table: PrintablePrices): ReactElement {
  const { Text, View } = pdf;
  return (
    <View style={styles.block}>
      <Text style={styles.label} minPresenceAhead={40}>
        {table.heading}
      </Text>
      {table.rows.map((row, i) => (
        <View key={i} style={styles.row} wrap={false}>
          <Text style={row.kind === 'subtotal' ? styles.cellStrong : styles.cell}>{row.label}</Text>
          <Text style={row.kind === 'subtotal' ? styles.amountStrong : styles.amount}>{row.amount}</Text>
        </View>
      ))}
    </View>
  );
}

function signature(pdf: ReactPdfModule, request: PrintableSignature): ReactElement {
  const { Text, View } = pdf;
  return (
    <View style={styles.block} wrap={false}>
      {paragraphs(pdf, request.request)}
      <View style={styles.parties}>
        {request.boxes.map((box, i) => (
          <View key={i} style={styles.signatureBox}>
            <Text style={styles.strong}>{box.heading}</Text>
            <Text style={styles.note}>{box.caption}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function sheetOf(pdf: ReactPdfModule, sheet: PrintableSheet, key: number): ReactElement {
  const { Text, View } = pdf;
  return (
    <View key={key} style={styles.block}>
      <Text style={styles.h2} minPresenceAhead={60}>
        {sheet.name}
      </Text>
      {sheet.facts.map((fact, i) => (
        <Text key={i} style={styles.body}>
          {fact}
        </Text>
      ))}
      {sheet.characteristics === null ? null : <Text style={styles.body}>{sheet.characteristics}</Text>}
      {paragraphs(pdf, sheet.paragraphs)}
      {images(pdf, sheet.images)}
    </View>
  );
}

function sectionOf(pdf: ReactPdfModule, section: PrintableSection): ReactElement {
  const { Text, View } = pdf;
  return (
    <View style={styles.block}>
      <Text style={styles.label} minPresenceAhead={30}>
        {section.heading}
      </Text>
      {paragraphs(pdf, section.paragraphs)}
    </View>
  );
}

function paragraphs(pdf: ReactPdfModule, texts: readonly string[]): ReactElement[] {
  const { Text } = pdf;
  return texts.map((text, i) => (
    <Text key={i} style={styles.paragraph}>
      {text}
    </Text>
  ));
}

function images(pdf: ReactPdfModule, pictures: readonly PrintImage[]): ReactElement | null {
  if (pictures.length === 0) return null;
  const { View } = pdf;
  return <View style={styles.images}>{pictures.map((picture, i) => image(pdf, picture, styles.picture, i))}</View>;
}

function image(pdf: ReactPdfModule, picture: PrintImage, style: ReactPdf.Styles[string], key?: number): ReactElement {
  const { Image } = pdf;
  // A view on the bytes, not a copy: they arrived by structured clone and are read only once.
  return <Image key={key} style={style} src={{ data: Buffer.from(picture.data.buffer, picture.data.byteOffset, picture.data.byteLength), format: picture.format }} />;
}

/**
 * Helvetica only knows Latin-1 (WinAnsi): it draws the narrow no-break space French amounts are
 * written with ("47,50 €") as a stray glyph. The no-break space keeps the amount whole and is
 * in Latin-1. Characters beyond it are why DejaVu is the default.
 */
function inLatin1<T>(value: T): T {
  const convert = (item: unknown): unknown => {
    if (typeof item === 'string') return item.replace(/\u202f/g, '\u00a0');
    if (Array.isArray(item)) return item.map(convert);
    if (item === null || typeof item !== 'object' || item instanceof Uint8Array) return item;
    return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, convert(inner)]));
  };
  return convert(value) as T;
}

const INK = '#222222';
const MUTED = '#666666';
const RULE = '#cccccc';

// Per react-pdf's known bugs, lineHeight only on leaf Texts that also set their fontSize: on the
// Page or a wrapping View it drops the fixed footer and double-spaces the following pages; and
// never on a Text drawn by `render` (the page numbers), which it silently drops (4.9.0).
const text = (fontSize: number, extra: ReactPdf.Styles[string] = {}): ReactPdf.Styles[string] => ({ fontSize, lineHeight: 1.35, ...extra });

const styles = {
  page: { paddingTop: 36, paddingBottom: 56, paddingHorizontal: 42, color: INK },
  header: { flexDirection: 'row', alignItems: 'center', borderBottomWidth: 1, borderBottomColor: RULE, paddingBottom: 8, marginBottom: 14 },
  logo: { height: 48, maxWidth: 120, marginRight: 12, objectFit: 'contain' },
  grow: { flexGrow: 1 },
  name: text(16, { fontWeight: 'bold' }),
  slogan: text(10, { color: MUTED }),
  parties: { flexDirection: 'row', justifyContent: 'space-between' },
  party: { width: '48%' },
  label: text(8.5, { fontWeight: 'bold', color: MUTED, textTransform: 'uppercase', marginBottom: 2 }),
  body: text(9.5),
  strong: text(9.5, { fontWeight: 'bold' }),
  note: text(8.5, { color: MUTED }),
  placeAndDate: text(9.5, { textAlign: 'right', marginTop: 12 }),
  title: text(15, { fontWeight: 'bold', textAlign: 'center', marginTop: 14 }),
  fileNumber: text(9.5, { textAlign: 'center', color: MUTED }),
  block: { marginTop: 10 },
  stay: { marginBottom: 4 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 2 },
  cell: text(9.5, { flexGrow: 1, flexShrink: 1 }),
  cellStrong: text(9.5, { flexGrow: 1, flexShrink: 1, fontWeight: 'bold' }),
  amount: text(9.5, { width: 90, textAlign: 'right' }),
  amountStrong: text(9.5, { width: 90, textAlign: 'right', fontWeight: 'bold' }),
  total: text(11, { fontWeight: 'bold' }),
  paragraph: text(9.5, { marginBottom: 3 }),
  signatureBox: { width: '48%', height: 80, borderWidth: 0.5, borderColor: RULE, padding: 6, marginTop: 8 },
  h1: text(14, { fontWeight: 'bold', marginBottom: 8 }),
  h2: text(11.5, { fontWeight: 'bold', marginTop: 6, marginBottom: 3 }),
  images: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 6 },
  picture: { height: 120, maxWidth: 240, marginRight: 8, marginBottom: 8, objectFit: 'contain' },
  terms: text(8.5, { marginBottom: 4, textAlign: 'justify' }),
  footerText: text(7.5, { position: 'absolute', bottom: 24, left: 42, right: 160, color: MUTED }),
  pageNumber: { fontSize: 7.5, position: 'absolute', bottom: 24, right: 42, width: 110, textAlign: 'right', color: MUTED },
} satisfies ReactPdf.Styles;
