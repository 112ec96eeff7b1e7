#!/usr/bin/env python3
"""png_ink.py PNG [MIN_SHARE]: exit 0 when the screenshot is not blank.

Decodes the PNG with zlib alone (Debian's python3 has no PIL): 8-bit RGB or RGBA, any
filter. Prints the share of "ink" pixels (darker than near-white) and the number of distinct
colours; fails when the ink is below MIN_SHARE (default 0.01) or there are fewer than 3 colours.
"""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour type {colour})")
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main():
    path = sys.argv[1]
    min_share = float(sys.argv[2]) if len(sys.argv) > 2 else 0.01
    width, height, bpp, rows = pixels(path)
    ink, colours = 0, set()
    for line in rows:
        for x in range(0, len(line), bpp * 2):  # every other pixel: enough, and twice as fast
            r, g, b = line[x], line[x + 1], line[x + 2]
            colours.add((r, g, b))
            if r + g + b < 600:
                ink += 1
    share = ink / (width * height / 2)
    print(f"{path}: {width}x{height}, {share:.1%} ink, {len(colours)} colours")
    if share < min_share or len(colours) < 3:
        raise SystemExit(f"{path}: looks blank")


main()
