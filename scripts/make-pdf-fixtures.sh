#!/usr/bin/env bash
# Regenerates the PDF reader's test inputs in fixtures/readers/pdf/ from the HTML sources beside them.
# The generated files are committed, so the tests never need a converter; run this only after changing
# a source. Needs LibreOffice (soffice, with fonts-noto-cjk), qpdf, poppler-utils (pdftoppm),
# ImageMagick (convert) and node.
#
#   report-2020.pdf              seed 001 as the 2019 template lays it out, tables with ruling lines
#   request-table-page-break.pdf the request table breaks across a page, header row repeated
#   borderless-tables.pdf        tables without ruling lines (as many WPS/Word exports draw them)
#   cid-no-tounicode.pdf         hand-written: CJK font without ToUnicode, one text item per character
#   truncated.pdf                report-2020.pdf cut at 60 %
#   encrypted.pdf                report-2020.pdf behind a user password
#   owner-password-only.pdf      report-2020.pdf with copying forbidden by an owner password only
#   scanned.pdf                  page 1 of report-2020.pdf as a grey JPEG, no text layer
#   scanned-page-inside.pdf      pages 1-2 of report-2020.pdf, then scanned.pdf's page
#
# Made elsewhere:
#   narrow-ragged-table.pdf      seed 003's .docx (short rows kept short) as LibreOffice exports it: a narrow,
#                                ragged request table whose labels and rows are cut by page breaks. Written
#                                by scripts/render-fixtures.js (npm run fixtures) with the seeds' renderings.
set -euo pipefail

dir="$(cd "$(dirname "$0")/../fixtures/readers/pdf" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A private profile: a second soffice using the default one would hand the job to a running instance or fail.
profile="file://$work/profile"

for html in "$dir"/*.html; do
  # The "HTML (StarWriter)" import filter lays HTML out as a Writer document; the default Writer/Web
  # path drops the first page's text in LibreOffice 7.4.
  soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$dir" "$html" >/dev/null
done

src="$dir/report-2020.pdf"
size=$(stat -c %s "$src")
head -c $((size * 6 / 10)) "$src" >"$dir/truncated.pdf"

qpdf --encrypt gov-report-user gov-report-owner 256 -- "$src" "$dir/encrypted.pdf"
# Only an owner password: opens without one, copying and printing "forbidden" (common on portals).
qpdf --encrypt "" gov-report-owner 256 --extract=n --print=none -- "$src" "$dir/owner-password-only.pdf"

pdftoppm -r 100 -f 1 -l 1 -png "$src" "$work/page"
# As a scan: grey, slightly blurred, JPEG. ImageMagick may not write PDFs (Debian's policy), so a small
# script wraps the JPEG.
convert "$work"/page-*1.png -colorspace Gray -blur 0x0.6 -quality 70 "$work/scan.jpg"
node "$(dirname "$0")/wrap-jpeg-in-pdf.mjs" "$work/scan.jpg" "$dir/scanned.pdf" 100

# A text report with one scanned page in it (a table pasted as a picture).
qpdf --empty --pages "$src" 1-2 "$dir/scanned.pdf" 1 -- "$dir/scanned-page-inside.pdf"

node "$(dirname "$0")/make-cid-pdf-fixture.mjs" "$dir/cid-no-tounicode.pdf"

ls -l "$dir"/*.pdf
