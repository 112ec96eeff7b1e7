#!/usr/bin/env python3
"""poison.py KIND SRC DST COLUMN...: a canonical table with an attack prefixed to the text columns.

KIND is `excel` (formulas a spreadsheet would run) or `html` (markup a browser would run);
row n, column c gets payload (n + c) in turn, then a space and the original value. Every cell
is quoted on output, so that the reader, not the quoting, is what the tests exercise.
"""
import csv
import sys

PAYLOADS = {
    "excel": ['=HYPERLINK("http://evil.example","x")', '+SUM(1;2)', "-1+cmd|' /C calc'!A0", '@evil', '\t=1+1',
              '\r=2+2'],
    "html": ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "'><svg onload=alert(3)>",
             '&lt;b&gt;entity&amp;', '</td></tr></table><h1>x</h1>'],
}

kind, src, dst, cols = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
payloads = PAYLOADS[kind]
rows = list(csv.reader(open(src, newline='', encoding='utf-8')))
head = rows[0]
for n, r in enumerate(rows[1:]):
    for i, c in enumerate(cols):
        if c in head:
            r[head.index(c)] = payloads[(n + i) % len(payloads)] + ' ' + r[head.index(c)]
with open(dst, 'w', newline='', encoding='utf-8') as f:
    csv.writer(f, lineterminator='\n', quoting=csv.QUOTE_ALL).writerows(rows)
