#!/usr/bin/env python3
"""Writes the small files of the hostile-input corpus into this folder.

Deterministic: run it again and every file comes out byte for byte the same (fixed seed, fixed
ZIP timestamps). The large inputs (a 50 MB line, 10,000 columns, JSON nested 100,000 deep, a ZIP
bomb) are not stored: the tests generate them in a temporary folder
(Tests/EndToEndTests/Hardening/HostileCorpus.swift). Expected outcomes live in that table too.

    python3 Tests/Hostile/make-corpus.py
"""
import io
import os
import random
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER5 = "From,To,Sent At,Message,Direction\n"
HEADER7 = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
GOOD_ROW = 'Mallory Hostile,Elena Marsh,"11/20/26, 9:00 AM",Hello,INCOMING\n'
ZIP_TIME = (2026, 11, 24, 0, 0, 0)


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as handle:
        handle.write(data)


def zip_bytes(entries, method=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for path, data in entries:
            info = zipfile.ZipInfo(path, date_time=ZIP_TIME)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def invitations(*rows, header=HEADER5):
    return header + "".join(rows)


def main():
    rng = random.Random(0x1DEA)

    # Empty and nearly empty.
    write("empty.csv", b"")
    write("header-only.csv", HEADER5)
    write("blank-lines.csv", "\r\n\n\r\n\n")

    # Binary garbage, as a CSV and as something that looks like JSON for one byte.
    garbage = bytes(rng.randrange(256) for _ in range(4096))
    write("binary-garbage.bin", garbage)
    write("binary-garbage.json", b"{" + garbage)

    # ZIPs: truncated, entries escaping the archive, a size that lies, a damaged entry, a bad row.
    good_zip = zip_bytes([("Invitations.csv", invitations(GOOD_ROW))])
    write("truncated.zip", good_zip[: len(good_zip) // 2])
    write("zip-slip-parent.zip", zip_bytes([("../Invitations.csv", invitations(GOOD_ROW))]))
    write("zip-slip-nested.zip", zip_bytes([("export/../../Invitations.csv", invitations(GOOD_ROW))]))
    write("zip-absolute-path.zip", zip_bytes([("/tmp/Invitations.csv", invitations(GOOD_ROW))]))
    write("zip-declared-huge.zip", declared_size(zip_bytes([("Invitations.csv", invitations(GOOD_ROW))]), 3 << 30))
    stored = zip_bytes([("Invitations.csv", invitations(GOOD_ROW))], method=zipfile.ZIP_STORED)
    write("zip-damaged-entry.zip", stored.replace(b"Mallory Hostile", b"Mallory Hostilf", 1))
    write("zip-bad-row.zip", zip_bytes([("Invitations.csv", invitations(GOOD_ROW, 'Eve Feb,Elena Marsh,"2/31/26, 9:00 AM",,INCOMING\n'))]))

    # Encodings and bytes.
    write("invalid-utf8.csv", HEADER5.encode() + "Zoë Valid,Elena Marsh,\"11/20/26, 9:00 AM\",,INCOMING\n".encode()
          + b"Bad \xff\xfe Bytes,Elena Marsh,\"11/19/26, 9:00 AM\",,INCOMING\n")
    write("utf16-no-bom.csv", invitations(GOOD_ROW).encode("utf-16-le"))
    write("nul-bytes.csv", HEADER5.encode() + b"Nul\x00Name,Elena Marsh,\"11/20/26,\x00 9:00 AM\",,INCOMING\n")

    # CSV structure.
    write("unbalanced-quote.csv", invitations(GOOD_ROW, 'Open Quote,Elena Marsh,"11/19/26, 9:00 AM","never closed,INCOMING\n',
                                              "Later Row,Elena Marsh,11/18/26 9:00 AM,,INCOMING\n"))
    write("wrong-columns.csv", "Name,Email,Phone\nMallory,mallory@example.com,+1 555 0100\n")
    write("missing-direction-column.csv", "From,To,Sent At,Message\nMallory Hostile,Elena Marsh,\"11/20/26, 9:00 AM\",Hello\n")
    write("short-row.csv", invitations('Mallory Short,Elena Marsh,"11/20/26, 9:00 AM"\n'))
    write("escape-in-direction.csv", invitations('Mallory Title,Elena Marsh,"11/20/26, 9:00 AM",,\x1b]0;pwned\x07\n'))
    write("unknown-direction.csv", invitations('Mallory Sideways,Elena Marsh,"11/20/26, 9:00 AM",,SIDEWAYS\n'))

    # Absurd dates.
    write("year-0.csv", invitations('Mallory Zero,Elena Marsh,"1/1/0000, 9:00 AM",,INCOMING\n'))
    write("year-9999.csv", invitations('Mallory Future,Elena Marsh,"12/31/9999, 9:00 AM",,INCOMING\n'))
    write("february-31.csv", invitations('Mallory Feb,Elena Marsh,"2/31/26, 9:00 AM",,INCOMING\n'))
    write("connections-bad-date.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
          "Mallory,Hostile,https://www.linkedin.com/in/mallory-hostile,,Evil Corp,CEO,31 Feb 2026\n")
    write("messages-year-0.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n"
          "c1,,Mallory Hostile,https://www.linkedin.com/in/mallory-hostile,Elena Marsh,https://www.linkedin.com/in/elena-marsh-7b21a4,0000-01-01 00:00:00 UTC,,hi,INBOX,,No\n")

    # Duplicate rows: the sample's first incoming row three times. Documented recovery:
    # the same invitation is stored once, and it is already known.
    sample = os.path.join(HERE, "..", "..", "samples", "linkedin-export", "Invitations.csv")
    with open(sample, encoding="utf-8") as handle:
        lines = handle.read().splitlines(keepends=True)
    incoming = next(line for line in lines if ",INCOMING," in line)
    write("duplicate-rows.csv", lines[0] + incoming * 3)

    # JSON of the wrong shape or types.
    write("json-empty.json", b"")
    write("json-string.json", '"just a string"\n')
    write("json-number.json", "42\n")
    write("json-array-of-numbers.json", "[1, 2, 3]\n")
    write("json-truncated.json", '{"invitations": [{"from": {"name": "Mallory"}, "sentAt": "2026-11-')
    write("json-trailing-garbage.json", '{"invitations": []} and more\n')
    write("json-sentat-boolean.json", '{"invitations": [{"from": {"name": "Mallory"}, "sentAt": true}]}\n')
    write("json-from-string.json", '{"invitations": [{"from": "Mallory", "sentAt": "2026-11-01T10:00:00"}]}\n')
    write("json-invitations-object.json", '{"invitations": {"from": {"name": "Mallory"}}}\n')
    write("json-unknown-relationship.json", '{"invitations": [{"from": {"name": "Mallory"}, "sentAt": "2026-11-01T10:00:00", "relationship": "nemesis"}]}\n')
    write("json-lone-surrogate.json", b'{"invitations": [{"from": {"name": "Mal\xed\xa0\x80lory"}, "sentAt": "2026-11-01T10:00:00"}]}\n')
    write("json-huge-number.json", '{"invitations": [{"from": {"name": "Mallory", "mutualConnections": 1' + "0" * 400 + '}, "sentAt": "2026-11-01T10:00:00"}]}\n')
    write("json-epoch-1e30.json", '{"invitations": [{"from": {"name": "Mallory"}, "sentAt": 1e30}]}\n')
    write("json-epoch-31-digits.json", '{"invitations": [{"from": {"name": "Mallory"}, "sentAt": "1' + "0" * 30 + '"}]}\n')
    write("json-year-0.json", '[{"from": {"name": "Mallory"}, "sentAt": "0000-01-01T00:00:00"}]\n')


def declared_size(data, size):
    """Rewrites the uncompressed size every header of a one-entry ZIP declares."""
    data = bytearray(data)
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, size)
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, size)
    return bytes(data)


if __name__ == "__main__":
    main()
