/** Small documents in the genre, written for the ingestion tests. */
import type { IngestItem } from "../../src/ingest/pipeline.ts";

export interface DocSpec {
  source: string;
  province: string | null;
  publishedAt?: string;
  /** Body after the headline. */
  body: string;
  title?: string;
}

export function item(spec: DocSpec): IngestItem {
  const title = spec.title ?? "Hội nghị của Ban Thường vụ Tỉnh ủy";
  return {
    file: `${spec.source}.txt`,
    text: `${title}\n\n${spec.body}\n`,
    meta: { source: spec.source, province: spec.province, publishedAt: spec.publishedAt ?? "2024-05-23" },
  };
}

/** A review meeting of Directive 39 chaired by `chair` (with `office`), attended by `attendee`. */
export function reviewMeeting(o: { source: string; province: string | null; day: string; chair: string; office: string; attendee?: string; publishedAt?: string }): IngestItem {
  const attend = o.attendee ? ` Cùng dự có đồng chí ${o.attendee}, Phó Bí thư Thường trực Tỉnh ủy.` : "";
  return item({
    source: o.source,
    province: o.province,
    publishedAt: o.publishedAt,
    body:
      `Ngày ${o.day}, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị về tăng cường công tác bảo vệ chính trị nội bộ. ` +
      `Đồng chí ${o.chair}, ${o.office} chủ trì hội nghị.${attend}`,
  });
}
