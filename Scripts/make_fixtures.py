#!/usr/bin/env python3
"""Writes the encoding and format twins of the demo dataset used by the tests.

- Tests/FormatsTests/Fixtures/ximarket-gb18030/: nodes.csv and ties.csv as Excel on Chinese
  Windows saves "CSV": GB18030, CRLF line endings, Chinese headers; network.json as is.
- Tests/FormatsTests/Fixtures/ximarket.json: the same network as one JSON file with English
  keys and keywords, tags as arrays and numbers as numbers.

Run from the repository root: python3 Scripts/make_fixtures.py (standard library only).
"""
import csv, json, os, shutil

SRC = "Datasets/ximarket"
OUT = "Tests/FormatsTests/Fixtures"

KINDS = {"社工总站": "head-station", "总站": "head-station", "区社工总站": "head-station",
         "社工站": "station", "街道社工站": "station", "乡镇社工站": "station",
         "社工室": "office", "社区社工室": "office", "承接方": "agency", "社工机构": "agency",
         "社会工作服务机构": "agency", "街道办": "street-office", "街道": "street-office",
         "街道办事处": "street-office", "乡镇政府": "street-office", "居委会": "committee",
         "村委会": "committee", "社区居委会": "committee", "社区": "committee",
         "残联": "federation", "妇联": "federation", "团委": "federation", "工会": "federation",
         "民政局": "government", "政府部门": "government", "企业": "business",
         "辖区单位": "business", "商户": "business", "高校": "university", "大学": "university",
         "学院": "university", "社会组织": "social-org", "社区社会组织": "social-org",
         "志愿者": "volunteer", "志愿队": "volunteer", "志愿服务队": "volunteer",
         "慈善资源": "charity", "社区基金": "charity", "基金会": "charity", "服务对象": "client",
         "案主": "client", "群体": "client"}
RELATIONS = {"指导": "guidance", "督导": "guidance", "监督": "supervision", "评估": "supervision",
             "管理": "management", "运营": "management", "支持": "support", "合作": "cooperation",
             "共建": "cooperation", "服务": "service", "个案服务": "service", "转介": "referral",
             "资源链接": "resource", "资源": "resource", "捐赠": "resource", "资金": "funding",
             "购买服务": "funding", "志愿服务": "volunteering", "孵化": "incubation",
             "培育": "incubation", "互助": "mutual-aid", "帮扶": "mutual-aid"}
TAGS = {"资金": "funding", "场地": "venue", "设备": "equipment", "志愿者": "volunteers",
        "培训": "training", "医疗": "medical", "康复": "rehabilitation", "心理": "psychological",
        "法律": "legal", "就业": "employment", "教育": "education", "照护": "care", "物资": "goods",
        "优惠": "discount", "信息": "information", "陪伴": "companionship"}


def number(text):
    value = float(text)
    return int(value) if value == int(value) else value


def tags(text):
    return [TAGS[t] for t in text.replace("；", ";").replace("、", ";").split(";") if t]


def main():
    gb = os.path.join(OUT, "ximarket-gb18030")
    os.makedirs(gb, exist_ok=True)
    for name in ("nodes.csv", "ties.csv"):
        with open(os.path.join(SRC, name), encoding="utf-8", newline="") as f:
            text = f.read()
        with open(os.path.join(gb, name), "wb") as f:
            f.write(text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gb18030"))
    shutil.copy(os.path.join(SRC, "network.json"), os.path.join(gb, "network.json"))

    with open(os.path.join(SRC, "network.json"), encoding="utf-8") as f:
        settings = json.load(f)
    nodes, ties = [], []
    with open(os.path.join(SRC, "nodes.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            node = {"id": row["编号"], "name": row["名称"], "kind": KINDS[row["类型"]]}
            if row["社区"]: node["area"] = row["社区"]
            if row["资源"]: node["resources"] = tags(row["资源"])
            if row["需求"]: node["needs"] = tags(row["需求"])
            if row["人数"]: node["size"] = number(row["人数"])
            if row["能力"]: node["capacity"] = number(row["能力"])
            nodes.append(node)
    with open(os.path.join(SRC, "ties.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            tie = {"source": row["起点"], "target": row["终点"], "relation": RELATIONS[row["关系"]],
                   "trust": number(row["信任"])}
            if row["双向"]: tie["mutual"] = row["双向"] == "是"
            if row["频率"]: tie["frequency"] = number(row["频率"])
            if row["价值"]: tie["value"] = number(row["价值"])
            if row["开始"]: tie["since"] = row["开始"]
            ties.append(tie)
    document = dict(settings, nodes=nodes, ties=ties)
    with open(os.path.join(OUT, "ximarket.json"), "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
