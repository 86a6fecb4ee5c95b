"""The page stage on the layout matrix: every test article in every page layout of `tests/layouts/`.

Per layout: every page gives a record; the published date and the title are right; the officials, figures
and events of the body are those of the plain-text run of the same text; the official named in a photo
caption is found and marked as a caption; no person named only in boilerplate becomes an official.
vnie's own test articles always; the 50 real texts of ../shared/eval/dev-real at test time (skipped
only when ../shared is absent and not under CI).
"""

from __future__ import annotations

import os

import pytest

from pipeline.documents import RawDocument
from pipeline.errors import Skip
from pipeline.page.html import parse_html
from pipeline.page.stage import to_article
from pipeline.settings import Settings
from tests.layouts import matrix
from tests.layouts.families import CAPTIONED, LAYOUTS
from tests.layouts.pages import PageArticle


def _assert_rows(rows: dict[str, matrix.Row], floor: float) -> None:
    report = matrix.table(rows) + "\n" + "\n".join(f for row in rows.values() for f in row.failures[:20])
    for name, row in rows.items():
        assert row.pages and row.kept == row.pages, f"{name}: pages lost\n{report}"
        assert row.published >= floor * row.pages, f"{name}: published\n{report}"
        assert row.title >= floor * row.pages, f"{name}: title\n{report}"
        assert row.identical >= floor * row.pages, f"{name}: facts differ from the plain-text run\n{report}"
        assert row.boilerplate_officials == 0, f"{name}: boilerplate people became officials\n{report}"
        if name in CAPTIONED:
            assert row.captions == row.caption_pages, f"{name}: caption officials\n{report}"


def test_at_least_twelve_layouts():
    assert len(LAYOUTS) >= 12
    from tests.layouts.real_pages import REAL_LAYOUTS
    assert len(REAL_LAYOUTS) >= 8 and set(REAL_LAYOUTS) <= set(LAYOUTS)


def test_own_articles_in_every_layout():
    rows = matrix.build(matrix.own_articles(), list(LAYOUTS))
    _assert_rows(rows, 1.0)


def test_dev_real_texts_in_every_layout():
    if not matrix.DEV_REAL.exists():
        if os.environ.get("CI"):
            pytest.fail("../shared/eval/dev-real/corpus.jsonl is missing under CI")
        pytest.skip("../shared/eval/dev-real is not beside the checkout")
    rows = matrix.build(matrix.dev_real_articles(), list(LAYOUTS))
    _assert_rows(rows, 0.98)


ARTICLE = PageArticle(
    "sample", "Khánh thành nhà máy chế biến chè 120 tỷ đồng tại Yên Bái",
    __import__("datetime").datetime(2019, 3, 10, 18, 20),
    [
        "Sáng 9/3, tại huyện Văn Chấn, Công ty CP Chè Nghĩa Lộ khánh thành nhà máy chế biến chè xanh có tổng vốn "
        "đầu tư 120 tỷ đồng, công suất 40 tấn búp tươi mỗi ngày.",
        "Dự lễ có ông Hoàng Văn Thiệu, Phó Chủ tịch UBND tỉnh Yên Bái, cùng lãnh đạo các sở, ngành và huyện Văn Chấn.",
        "Phát biểu tại buổi lễ, ông Thiệu đề nghị doanh nghiệp liên kết với 1.200 hộ trồng chè để bảo đảm vùng "
        "nguyên liệu ổn định, nâng giá trị sản phẩm chè của tỉnh.",
        "Dự kiến nhà máy tạo việc làm cho 150 lao động địa phương với thu nhập bình quân 6 triệu đồng mỗi tháng.",
    ],
    captions=["Ông Lò Văn Khiêm, Phó Giám đốc Sở Công Thương tỉnh Lai Châu, phát biểu tại buổi làm việc."],
)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout_page_parts(layout):
    """Each layout on its own: where the text, title and date came from, and what was cut and why."""
    page = parse_html(LAYOUTS[layout](ARTICLE))
    assert page.title == ARTICLE.title
    assert page.published and page.published.startswith("2019-03-10")
    assert page.text.split("\n")[0].removeprefix("HÀ NỘI - ").startswith("Sáng 9/3")
    assert "Hoàng Văn Thiệu" in page.text
    for leak in ("Tổng biên tập", "Xem thêm", "Tin liên quan", "Lượt xem", "Đăng lúc", "Cập nhật"):
        assert leak.lower() not in page.text.lower()
    assert page.extractor in ("trafilatura", "trafilatura-recall", "trafilatura-baseline", "density", "json-ld", "app-json")
    assert page.title_from and page.published_from
    if layout in CAPTIONED:
        assert page.captions and "Lò Văn Khiêm" in page.captions[0]
        assert "Lò Văn Khiêm" not in page.text
    assert page.removed or layout == "jsonld_only"


def test_dateline_with_time_keeps_time_and_zone():
    page = parse_html(LAYOUTS["national_modern"](ARTICLE))
    assert page.published == "2019-03-10T18:20:00+07:00" and page.published_from == "dateline"
    page = parse_html(LAYOUTS["old_table_font"](ARTICLE))
    assert page.published == "2019-03-10T18:20:00+07:00" and page.published_from == "dateline"
    page = parse_html(LAYOUTS["provincial_portal"](ARTICLE))
    assert page.published == "2019-03-10"


def test_site_name_cut_from_title():
    page = parse_html(LAYOUTS["provincial_portal"](ARTICLE))
    assert page.title == ARTICLE.title and page.sitename and "Lai Châu" in page.sitename
    page = parse_html(f"<html><head><title>{ARTICLE.title} | Báo Yên Bái</title></head><body>"
                      + "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs) + "</body></html>")
    assert page.title == ARTICLE.title and page.sitename == "Báo Yên Bái" and page.title_from == "title"


def test_related_dates_never_publish():
    """A page whose only dates are in a related list and the body gives no published date."""
    html = (f"<html><body><h1>{ARTICLE.title}</h1>" + "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs)
            + '<div><h3>Tin khác</h3><ul><li><a href="/a">Một tin khác về chè Yên Bái năm nay</a> (12/01/2017)</li>'
              '<li><time datetime="2011-01-01">01/01/2011</time> <a href="/b">Tin cũ hơn</a></li></ul></div></body></html>')
    page = parse_html(html)
    assert page.published is None
    assert "Tin cũ hơn" not in page.text


def test_old_table_page_never_empty():
    """The class of page trafilatura alone gave up on: text in a <td> with <br><br> paragraphs."""
    html = ("<html><body><table><tr><td><a href='/'>Trang chủ</a></td><td><b>" + ARTICLE.title + "</b><br><br>"
            + "<br><br>".join(ARTICLE.paragraphs) + "</td></tr></table></body></html>")
    article = to_article(RawDocument("t.html", "html", html.encode()), Settings())
    assert article.text.startswith("Sáng 9/3") and article.title == ARTICLE.title


def test_captions_are_marked_in_the_record():
    from pipeline.record import Record
    from pipeline.run.process import process

    outcome = process(RawDocument("c.html", "html", LAYOUTS["national_meta"](ARTICLE).encode(), url="https://x.example.invalid/c"),
                      Settings())
    record = Record.from_json(outcome.record_json or "")
    marks = {o.name: o.evidence.caption for o in record.officials}
    assert marks.get("Lò Văn Khiêm") is True and not marks.get("Hoàng Văn Thiệu")
    assert record.source.extractor and record.source.title_from == "og:title"
    assert '"caption": true' in (outcome.record_json or "") and '"caption": null' not in (outcome.record_json or "")


def test_bad_pages_still_rejected():
    with pytest.raises(Skip) as skipped:
        to_article(RawDocument("e.html", "html", b"<html><body><div class='sidebar'></div></body></html>"), Settings())
    assert skipped.value.reason in ("empty", "not_vietnamese")


def test_vnie_page_shows_why(tmp_path, capsys):
    """`vnie page FILE` and `vnie page URL` (a real HTTP server on 127.0.0.1)."""
    import functools
    import http.server
    import json
    import threading

    from pipeline.cli import main

    (tmp_path / "p.html").write_text(LAYOUTS["national_modern"](ARTICLE), encoding="utf-8")
    assert main(["page", str(tmp_path / "p.html")]) == 0
    out = capsys.readouterr().out
    for part in ("extractor  trafilatura", "[h1]", "[dateline]", "[related] Bài viết cùng chủ đề", "[footer] Tổng biên tập",
                 "captions: 1", "Lò Văn Khiêm", "Sáng 9/3"):
        assert part in out, out
    (tmp_path / "empty.html").write_text("<html><body><div class='menu'><a href='/'>Trang chủ</a></div></body></html>")
    assert main(["page", str(tmp_path / "empty.html")]) == 0
    assert "REJECTED   empty" in capsys.readouterr().out

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        assert main(["page", f"http://127.0.0.1:{server.server_address[1]}/p.html", "--json"]) == 0
    finally:
        server.shutdown()
        server.server_close()
    shown = json.loads(capsys.readouterr().out)
    assert shown["title"] == ARTICLE.title and shown["published_from"] == "dateline"
    assert any(reason == "related" for reason, _ in shown["removed"])


def _linked(paragraph: str) -> str:
    """A paragraph whose every second and third word is a link (tag pages, heavily linked CMS output)."""
    words = paragraph.split()
    return " ".join(f"<a href='/tag/{i}'>{w}</a>" if i % 3 else w for i, w in enumerate(words))


def test_density_extractor_when_trafilatura_gives_scraps():
    """Paragraph <div>s full of links: trafilatura finds nothing (precision) or a word a line (recall,
    baseline); the block-density extractor gives the paragraphs."""
    html = ("<html><body><div class='top'><a href='/'>Trang chủ</a></div><div><div><div>"
            + "".join(f"<div><div>{_linked(p)}</div></div>" for p in ARTICLE.paragraphs) + "</div></div></div></body></html>")
    page = parse_html(html)
    assert page.extractor == "density"
    assert page.text.split("\n") == ARTICLE.paragraphs


def test_densest_block_of_a_table_layout():
    from lxml import html as lxml_html

    from pipeline.page.blocks import densest

    tree = lxml_html.document_fromstring(LAYOUTS["old_table"](ARTICLE))
    container, found = densest(tree)
    assert container is not None and container.tag == "td"
    texts = [b.text for b in found]
    assert all(p in texts for p in ARTICLE.paragraphs)
    assert not any("Giáp Văn Dũng" in t for t in texts)


def test_dateline_inside_a_share_bar():
    """The date printed inside the share toolbar under the title: the bar is cut from the text, the date kept."""
    html = (f"<html><body><h1>{ARTICLE.title}</h1><div class='social-toolbar'><span>Thứ Hai, 11/03/2019 07:45</span> "
            "<a>Facebook</a> <a>Zalo</a></div>" + "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs)
            + "<div class='sidebar'><p>Cập nhật: 01/01/2020 10:00</p></div></body></html>")
    page = parse_html(html)
    assert page.published == "2019-03-11T07:45:00+07:00" and page.published_from == "dateline"
    assert "Facebook" not in page.text


@pytest.mark.parametrize("title,expected,site", [
    ("Khởi công nhà máy sợi 145 triệu USD - Báo Công Thương", "Khởi công nhà máy sợi 145 triệu USD", "Báo Công Thương"),
    ("Báo Công Thương | Khởi công nhà máy sợi 145 triệu USD", "Khởi công nhà máy sợi 145 triệu USD", "Báo Công Thương"),
    ("Khởi công nhà máy sợi – Cổng thông tin điện tử tỉnh Quảng Ngãi", "Khởi công nhà máy sợi", "Cổng thông tin điện tử tỉnh Quảng Ngãi"),
    ("Khởi công nhà máy sợi | baoquangngai.vn", "Khởi công nhà máy sợi", "baoquangngai.vn"),
    ("Thương mại Việt Nam - Rumani đạt 500 triệu USD | Báo X", "Thương mại Việt Nam - Rumani đạt 500 triệu USD", "Báo X"),
    ("Thương mại Việt Nam - Rumani đạt 500 triệu USD", "Thương mại Việt Nam - Rumani đạt 500 triệu USD", None),
    ("Báo cáo tình hình khuyến công - Sở Công Thương", "Báo cáo tình hình khuyến công - Sở Công Thương", None),
])
def test_split_site(title, expected, site):
    from pipeline.page.metadata import split_site

    assert split_site(title) == (expected, site)


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs)


def test_xml_prolog_with_a_mis_declared_charset():
    """An XHTML page that declares iso-8859-1 in its XML prolog and <meta> but is UTF-8: read, not rejected."""
    html = ('<?xml version="1.0" encoding="iso-8859-1"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" /><title>Tin tức</title></head><body>'
            f'<span class="tieude">{ARTICLE.title}</span><br /><span>Cập nhật lúc 18:20, Chủ nhật, 10/03/2019</span>'
            f'<div>{_paragraphs()}</div></body></html>')
    article = to_article(RawDocument("x.html", "html", html.encode("utf-8")), Settings())
    assert article.text.startswith("Sáng 9/3") and "Hoàng Văn Thiệu" in article.text
    assert article.title == ARTICLE.title and article.published and article.published.startswith("2019-03-10")


def test_date_in_a_time_elements_attribute_beats_the_site_clock():
    """`<span class="kbwcm-time" title="ISO">3 giờ trước</span>` under the title; the site's clock above it."""
    html = ("<html><body><div class='top'>Thứ Hai, 30/11/2026</div>"
            f"<h1>{ARTICLE.title}</h1><div class='meta'><span class='kbwcm-time' title='2019-03-10T18:20:00'>3 giờ trước</span>"
            f"</div>{_paragraphs()}</body></html>")
    page = parse_html(html)
    assert page.published == "2019-03-10T18:20:00+07:00" and page.published_from == "time"
    # a title attribute on an element that is not a time or date is not a date
    page = parse_html(html.replace("kbwcm-time", "kbwcm-note"))
    assert page.published is None or not page.published.startswith("2019-03-10")


def test_next_data_body_and_date():
    """A Next.js shell: the article (sapo, HTML content, publishedAt) only in __NEXT_DATA__."""
    import json
    data = {"props": {"pageProps": {"article": {"title": ARTICLE.title, "sapo": ARTICLE.paragraphs[0],
                                                "content": "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs[1:]),
                                                "publishedAt": "2019-03-10T18:20:00+07:00"}}}}
    html = (f"<html><head><title>{ARTICLE.title}</title></head><body><div id='__next'><h1>{ARTICLE.title}</h1>"
            "<div class='content'></div></div>"
            f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data, ensure_ascii=False)}</script></body></html>")
    page = parse_html(html)
    assert page.extractor == "app-json" and page.text.split("\n") == ARTICLE.paragraphs
    assert page.published == "2019-03-10T18:20:00+07:00" and page.published_from == "app-json"
    # JSON with short strings only (a config blob) is not an article
    small = html.replace(json.dumps(data, ensure_ascii=False), json.dumps({"props": {"content": "menu"}}))
    with pytest.raises(Skip):
        parse_html(small)


def test_generic_title_gives_the_heading_and_the_inline_lead_is_kept():
    """A portal whose <title> is only its name; the title in `p.title01`, the date in an inline span, the lead
    in an inline `<b>` between block elements (trafilatura drops it; it is put back)."""
    page = parse_html(LAYOUTS["vcms_table_portal"](ARTICLE))
    assert page.title == ARTICLE.title and page.title_from == "heading"
    assert page.sitename == "Trang thông tin điện tử Trung tâm Khuyến công"
    assert page.published == "2019-03-10T18:20:00+07:00"
    assert page.text.split("\n") == ARTICLE.paragraphs
    assert "Lạc Văn Thông" not in page.text and "Chu Thị Gấm" not in page.text


def test_two_h1_and_a_leaders_box():
    page = parse_html(LAYOUTS["liferay_two_h1"](ARTICLE))
    assert page.title == ARTICLE.title and page.title_from == "h1"
    assert page.published == "2019-03-10T18:20:00+07:00"
    assert "Cung Thị Mận" not in page.text and "Hầu Thị Xuyến" not in page.text
    assert any(reason == "sidebar" and "Lãnh đạo Sở" in text for reason, text in page.removed)


def test_related_boxes_inside_vccorp_and_zing_bodies():
    for layout, people in (("vccorp_detail", ("Tăng Văn Lực", "Lữ Thị Nhàn", "Văn Đình Thuấn")),
                           ("zing_body_tables", ("Chu Thị Gấm", "Đậu Văn Hoan")),
                           ("split_containers", ("Tòng Văn Pấng", "Phùng Văn Tài", "Ứng Thị Loan"))):
        page = parse_html(LAYOUTS[layout](ARTICLE))
        assert page.text.split("\n") == ARTICLE.paragraphs, layout
        assert not any(p in page.text for p in people), layout


def test_a_date_inside_a_sentence_stays_in_it():
    """Only an inline element that holds a dateline on its own becomes a line; `Ngày <span>10/3/2019</span>, ...`
    stays one paragraph."""
    first = "Ngày <span>10/3/2019</span>, tại huyện Văn Chấn, Công ty CP Chè Nghĩa Lộ khánh thành nhà máy chè 120 tỷ đồng."
    page = parse_html(f"<html><body><h1>{ARTICLE.title}</h1><p>{first}</p>"
                      + "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs[1:]) + "</body></html>")
    assert page.text.split("\n")[0] == "Ngày 10/3/2019, tại huyện Văn Chấn, Công ty CP Chè Nghĩa Lộ khánh thành nhà máy chè 120 tỷ đồng."


def test_outlet_stamp_opening_the_sapo_is_cut():
    page = parse_html(LAYOUTS["emagazine"](ARTICLE))
    assert page.text.split("\n")[0] == ARTICLE.paragraphs[0]
    assert ("stamp", "(Công Nghiệp) -") in page.removed
    # a bracket that is not an outlet's name stays
    html = (f"<html><body><h1>{ARTICLE.title}</h1><p>(theo báo cáo) - {ARTICLE.paragraphs[0]}</p>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs[1:]) + "</body></html>")
    assert parse_html(html).text.startswith("(theo báo cáo) - Sáng 9/3")


def test_short_sapo_in_a_lead_element_is_kept():
    """A lead of fewer than 20 words is still the lead when its element is named as one (`h2.detail-sapo`);
    the same short line in an unnamed element before the body is not taken."""
    sapo = "Công ty CP Chè Nghĩa Lộ khánh thành nhà máy chế biến chè xanh tại Yên Bái."
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs)
    page = parse_html(f"<html><body><h1>{ARTICLE.title}</h1><h2 class='detail-sapo'>{sapo}</h2>"
                      f"<div class='detail-content'>{body}</div></body></html>")
    assert page.text.split("\n")[0] == sapo
    page = parse_html(f"<html><body><h1>{ARTICLE.title}</h1><div class='box'><h2>{sapo}</h2></div>"
                      f"<div class='detail-content'>{body}</div></body></html>")
    assert page.text.split("\n")[0] == ARTICLE.paragraphs[0]


def test_app_json_body_beats_an_html_teaser():
    """The HTML shows the sapo only (a teaser long enough to pass as a text); the JSON holds the article."""
    import json
    data = {"props": {"pageProps": {"post": {"sapo": ARTICLE.paragraphs[0],
                                             "content": "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs[1:])}}}}
    html = (f"<html><head><title>{ARTICLE.title}</title></head><body><h1>{ARTICLE.title}</h1>"
            f"<p class='sapo'>{ARTICLE.paragraphs[0]}</p>"
            f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data, ensure_ascii=False)}</script></body></html>")
    page = parse_html(html)
    assert page.extractor == "app-json" and page.text.split("\n") == ARTICLE.paragraphs
