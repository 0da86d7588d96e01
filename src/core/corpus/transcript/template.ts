/**
 * The template "Summit: New Transcript" opens: a complete Markdown transcript
 * (format 2) that parses cleanly and shows every feature — front matter,
 * the host, a speaker with direct speech, and the panel.
 */
export const MARKDOWN_TEMPLATE = `---
# 保存为 “名称.summit.md”，Summit Search 会自动索引这份记录。
title: 2024医疗信息化论坛
date: 2024-05-18
venue: 上海国际会议中心
city: 上海
organisers: [某某医院协会, 某某信息网]
language: zh
---

## 主持人：张明｜信息中心主任，某某市人民医院

张明介绍了本次论坛的议程。他表示：“今天我们聚焦医院上云和数据安全。”

## 李华｜副院长，某某大学附属医院

李华分享了医院建设混合云的经验。核心业务系统留在私有云，影像归档放在公有云。

> 我们的容灾系统做到了秒级接管，数据一条都没有丢。

## 圆桌｜张明、李华、王芳

**王芳**：基因测序的数据量每年翻倍，存储成本是最大的挑战。

**李华**：异地备份一定要定期演练。
`;
