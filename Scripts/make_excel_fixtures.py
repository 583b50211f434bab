#!/usr/bin/env python3
"""Writes the workbooks and CSV files "as people make them" that the tests read, from the demo.

Each is what a station lead's own file looks like, and each has a test that says how Guanxi
answers it (Tests/FormatsTests/PeopleFilesTests.swift):

- merged-headers.xlsx: a title row merged across the table; "资源/需求" merged over E:F above
  the resources and needs; in 关系, some ties written with names instead of ids and a source
  merged down over the rows of its ties. Reads whole, with a warning per name.
- two-row-header.xlsx: a header of two rows — 编号, 名称 … merged down over both, "资源/需求"
  merged over the 资源 and 需求 below it. Reads whole.
- unclear-header.xlsx: "资源需求" merged over E:F with needs under F (what each column holds
  cannot be told), and a blank id in A22. Two errors, at 节点!E2 and 节点!A22.
- title-row-gb18030/: nodes.csv and ties.csv saved by Excel on Chinese Windows (GB18030,
  CRLF) with a title row above the header and a blank leading column. Reads whole.
- workbook-as-csv/: a workbook saved under the name nodes.csv beside a good ties.csv. One
  error.
- web-page-as-csv/: ties.csv is the web page a download link gave. One error.

Run from the repository root: python3 Scripts/make_excel_fixtures.py (needs openpyxl, which
Scripts/setup.sh --tests installs).
"""
import csv, datetime, io, os, re, shutil, zipfile
import openpyxl

SRC = "Datasets/ximarket"
OUT = "Tests/FormatsTests/Fixtures/people"
FIXED = datetime.datetime(2021, 5, 24, 9, 0, 0)


def table(name):
    with open(os.path.join(SRC, name), encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def cell(value):
    """Numbers as numbers, as a person types them into Excel."""
    try:
        number = float(value)
        return int(number) if number.is_integer() and "." not in value else number
    except ValueError:
        return value if value != "" else None


def save(workbook, name):
    workbook.properties.created = FIXED
    workbook.properties.modified = FIXED
    path = os.path.join(OUT, name)
    workbook.save(path)
    # openpyxl stamps the save time into docProps/core.xml; rewrite it so the bytes are
    # the same on every run.
    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            info.date_time = (1980, 1, 1, 0, 0, 0)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2021-05-24T09:00:00Z", data)
            z.writestr(info, data)


nodes, ties = table("nodes.csv"), table("ties.csv")
names = {row[0]: row[1] for row in nodes[1:]}
os.makedirs(OUT, exist_ok=True)

# merged-headers.xlsx
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "节点"
ws.append(["西市场街道社工站合作网络 · 节点表（2021 年 5 月）"])
ws.merge_cells("A1:H1")
header = nodes[0][:]
header[4], header[5] = "资源/需求", None
ws.append(header)
ws.merge_cells("E2:F2")
for row in nodes[1:]:
    ws.append([cell(v) for v in row])
ws = wb.create_sheet("关系")
ws.append(["关系表"])
ws.merge_cells("A1:H1")
ws.append(ties[0])
rows = ties[1:]
for i, row in enumerate(rows):
    row = row[:]
    if i in (0, 3, 40):  # a partner's name where its id belongs
        row[1] = names[row[1]]
    if i == 7:
        row[0] = names[row[0]]
    ws.append([cell(v) for v in row])
# The source of consecutive ties from one partner merged down over their rows.
first = 3
while first < len(rows) + 2:
    last = first
    while last + 1 < len(rows) + 3 and ws.cell(last + 1, 1).value == ws.cell(first, 1).value:
        last += 1
    if last > first and first > 20:
        for r in range(first + 1, last + 1):
            ws.cell(r, 1).value = None
        ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
        break
    first = last + 1
save(wb, "merged-headers.xlsx")

# two-row-header.xlsx
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "节点"
ws.append([nodes[0][0], nodes[0][1], nodes[0][2], nodes[0][3], "资源/需求", None, nodes[0][6], nodes[0][7]])
ws.append([None, None, None, None, "资源", "需求", None, None])
for column in "ABCDGH":
    ws.merge_cells(f"{column}1:{column}2")
ws.merge_cells("E1:F1")
for row in nodes[1:]:
    ws.append([cell(v) for v in row])
ws = wb.create_sheet("关系")
for row in ties:
    ws.append([cell(v) for v in row])
save(wb, "two-row-header.xlsx")

# unclear-header.xlsx
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "节点"
ws.append(["节点表"])
ws.merge_cells("A1:H1")
header = nodes[0][:]
header[4], header[5] = "资源需求", None
ws.append(header)
ws.merge_cells("E2:F2")
for row in nodes[1:]:
    ws.append([cell(v) for v in row])
ws["A22"] = None
ws = wb.create_sheet("关系")
for row in ties:
    ws.append([cell(v) for v in row])
save(wb, "unclear-header.xlsx")


def excel_csv(rows, title):
    """As Excel on Chinese Windows saves "CSV": GB18030, CRLF; here with a title row above
    the header and the table moved one column right (column A left blank)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([title])
    for row in rows:
        writer.writerow([""] + row)
    return out.getvalue().encode("gb18030")


folder = os.path.join(OUT, "title-row-gb18030")
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, "nodes.csv"), "wb") as f:
    f.write(excel_csv(nodes, "西市场街道社工站合作网络 节点表"))
with open(os.path.join(folder, "ties.csv"), "wb") as f:
    f.write(excel_csv(ties, "关系表（2021 年 5 月）"))

folder = os.path.join(OUT, "workbook-as-csv")
os.makedirs(folder, exist_ok=True)
shutil.copy(os.path.join(OUT, "two-row-header.xlsx"), os.path.join(folder, "nodes.csv"))
shutil.copy(os.path.join(SRC, "ties.csv"), os.path.join(folder, "ties.csv"))

folder = os.path.join(OUT, "web-page-as-csv")
os.makedirs(folder, exist_ok=True)
shutil.copy(os.path.join(SRC, "nodes.csv"), os.path.join(folder, "nodes.csv"))
with open(os.path.join(folder, "ties.csv"), "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>文件下载</title></head>\n"
            "<body><p>您要下载的文件：关系表.csv</p><a href=\"/download?id=3\">点击下载</a></body>\n</html>\n")
