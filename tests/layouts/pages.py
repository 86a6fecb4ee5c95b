"""Page layouts for the layout matrix: one article rendered as the page families of Vietnamese news sites.

Every layout is written for vnie's tests, modelled on the shapes of real sites (not copied from any):
national papers' modern pages with captions in image tables, provincial government portals, old table
layouts with `<br>` paragraphs, WordPress themes with `<div>` paragraphs and `&nbsp;`, AMP pages, print
versions, pages whose text is only in JSON-LD `articleBody`, pages with comments, pages with "Xem thêm"
links inside the body, and more. Each layout carries boilerplate of its own that names officials,
figures and events (`BOILERPLATE_PEOPLE`), so a leak shows up as a false official or a changed fact set.
All names, outlets and numbers in the boilerplate are invented; the domains use `example.invalid`.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

# Invented photo captions naming an official who is not in any article: a caption official must be found,
# marked as a caption, and must not change the facts of the body.
CAPTIONS = (
    ("Ông Lò Văn Khiêm, Phó Giám đốc Sở Công Thương tỉnh Lai Châu, phát biểu tại buổi làm việc.", "Lò Văn Khiêm"),
    ("Bà Hà Thị Nguyệt Quế, Trưởng phòng Quản lý công nghiệp, trao đổi với các đại biểu.", "Hà Thị Nguyệt Quế"),
    ("Ông Vi Đức Thạch, Chủ tịch UBND huyện Tam Đường, thăm gian hàng của doanh nghiệp.", "Vi Đức Thạch"),
)

# People named only in the boilerplate of the layouts (menus, related lists, sidebars, footers, comments).
BOILERPLATE_PEOPLE = (
    "Tạ Đình Khuê", "Đinh Văn Hưng", "Lường Thị Duyên", "Lều Văn Chính", "Tôn Nữ Bích Hạnh", "Quách Văn Lộc",
    "Nông Thị Huyền", "Kha Văn Thuận", "Âu Minh Triết", "Doãn Thị Ngọc", "Khúc Văn Phong", "La Thị Mỹ", "Bế Văn Sáng",
    "Thân Đức Cường", "Ninh Văn Hậu", "Ông Thị Lan", "Giáp Văn Dũng", "Lục Thị Vân", "Triệu Quang Khải",
    "Viên Thị Hòa", "Mạc Đăng Khoa", "Phí Văn Thắng",
)


@dataclass(frozen=True)
class PageArticle:
    """An article to render: title, publication time, paragraphs, author and the captions to add."""

    key: str
    title: str
    published: datetime
    paragraphs: list[str]
    author: str = "Minh Khang"
    captions: list[str] = field(default_factory=list)


def e(text: str) -> str:
    return html.escape(text, quote=True)


def dmy(when: datetime) -> str:
    return f"{when.day:02d}/{when.month:02d}/{when.year}"


def weekday(when: datetime) -> str:
    return WEEKDAYS[when.weekday()]


def related_items(people: tuple[str, str, str]) -> list[str]:
    """Headlines of other articles, naming officials, figures and events of their own."""
    a, b, c = people
    return [
        f"Chủ tịch UBND tỉnh Hà Giang {a} kiểm tra tiến độ dự án thủy điện 120 MW",
        f"Phó Giám đốc Sở Công Thương {b} chủ trì Hội thảo kết nối cung cầu lần thứ 5",
        f"Giám đốc Trung tâm Khuyến công {c} trao 2,5 tỷ đồng hỗ trợ 45 cơ sở",
        "Khai mạc Hội chợ hàng Việt tại Cần Thơ với 350 gian hàng",
    ]


def _split(article: PageArticle, at: int = 2) -> tuple[list[str], list[str]]:
    return article.paragraphs[:at], article.paragraphs[at:]


def _caption_table(text: str, credit: str = "Ảnh: PV") -> str:
    return (f'<table class="picture" align="center"><tbody><tr><td><img src="/img/a.jpg" alt=""></td></tr>'
            f'<tr><td class="pCaption">{e(text)} ({credit})</td></tr></tbody></table>')


def national_modern(a: PageArticle) -> str:
    """A national paper's modern page: dateline text only, sapo, photo captions in image tables inside the
    body, a related box inside the article, tags and a most-read sidebar."""
    head, rest = _split(a, 1)
    rel = related_items(("Tạ Đình Khuê", "Đinh Văn Hưng", "Lường Thị Duyên"))
    body = "".join(f"<p>{e(p)}</p>" for p in rest[:2])
    body += "".join(_caption_table(c) for c in a.captions)
    body += "".join(f"<p>{e(p)}</p>" for p in rest[2:])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(a.title)} - Báo Kinh tế Công nghiệp</title>
<meta name="description" content="{e(a.paragraphs[0][:150])}"></head><body>
<div class="header"><div class="top-bar"><span>{weekday(datetime(2026, 11, 30))}, 30/11/2026</span> <a href="/">Đăng nhập</a></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/kt">Kinh tế</a></li><li><a href="/cn">Công nghiệp</a></li></ul></div>
<div class="container"><div class="main-col"><div class="sidebar-breadcrumb"><a href="/kt">Kinh tế</a></div>
<section class="page-detail"><h1 class="title-detail">{e(a.title)}</h1>
<div class="header-content"><span class="cate">Công nghiệp</span><span class="date">{weekday(a.published)}, {a.published.day}/{a.published.month}/{a.published.year}, {a.published:%H:%M} (GMT+7)</span></div>
<h2 class="description">{e(head[0])}</h2>
<article class="fck_detail">{body}
<p class="author_mail"><strong>{e(a.author)}</strong></p></article>
<div class="box-tinlienquan"><h3>Bài viết cùng chủ đề</h3><ul>{"".join(f'<li><a href="/r{i}">{e(t)}</a></li>' for i, t in enumerate(rel))}</ul></div>
<div class="tags"><h4>Tags:</h4><a href="/t/1">khuyến công</a> <a href="/t/2">công nghiệp</a></div>
<div class="social-share"><a>Chia sẻ</a> <a>Facebook</a> <a>Zalo</a></div></section></div>
<div class="col-right"><div class="box-docnhieu"><h3>Đọc nhiều</h3><ul><li><a href="/x">{e(rel[0])}</a> <span>12/01/2017</span></li></ul></div></div></div>
<div class="footer"><p>Tổng biên tập: Lều Văn Chính. Phó Tổng biên tập: Tôn Nữ Bích Hạnh.</p><p>Giấy phép số 123/GP-BTTTT. Địa chỉ: 10 Trần Phú, Hà Nội.</p></div>
</body></html>"""


def national_meta(a: PageArticle) -> str:
    """A national paper with Open Graph and `article:published_time`, `<figure>` captions, a share bar and
    "Xem thêm" link paragraphs inside the body."""
    rel = related_items(("Quách Văn Lộc", "Nông Thị Huyền", "Kha Văn Thuận"))
    paras = [f"<p>{e(p)}</p>" for p in a.paragraphs]
    if len(paras) > 3:
        paras.insert(2, f'<p><strong>Xem thêm: </strong><a href="/r1">{e(rel[0])}</a></p>')
        paras.insert(len(paras) - 1, f'<p>&gt;&gt; <a href="/r2">{e(rel[1])}</a></p>')
    for caption in a.captions:
        paras.insert(1, f'<figure class="image"><img src="/i.jpg" alt="{e(caption)}"><figcaption>{e(caption)}</figcaption></figure>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{e(a.title)} | Tin tức Công Thương</title>
<meta property="og:title" content="{e(a.title)}"><meta property="og:site_name" content="Tin tức Công Thương">
<meta property="article:published_time" content="{a.published:%Y-%m-%dT%H:%M:%S}+07:00"></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/thi-truong">Thị trường</a></nav></header>
<main><article><h1>{e(a.title)}</h1><div class="meta"><span class="author">{e(a.author)}</span> <time datetime="{a.published:%Y-%m-%d}">{dmy(a.published)}</time></div>
<div class="share-bar"><a>Facebook</a> <a>Zalo</a> <a>In bài</a></div>
<div class="article-body">{"".join(paras)}</div>
<div class="related-news"><h3>Tin liên quan</h3>{"".join(f'<p><a href="/q{i}">{e(t)}</a> <time datetime="2015-02-0{i + 1}">0{i + 1}/02/2015</time></p>' for i, t in enumerate(rel))}</div>
</article><aside><h3>Tin mới</h3><p>Phó Chủ tịch UBND tỉnh Phú Yên Âu Minh Triết dự Lễ khởi công dự án 800 tỷ đồng.</p></aside></main>
<footer>Chịu trách nhiệm xuất bản: Doãn Thị Ngọc</footer></body></html>"""


def provincial_portal(a: PageArticle) -> str:
    """A provincial government portal: `<title>` only with the portal's name first, `Ngày đăng | Lượt xem`,
    a leaders widget and a footer naming the body in charge."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Cổng thông tin điện tử tỉnh Lai Châu - {e(a.title)}</title></head><body>
<div id="banner"><img src="/banner.png"></div><div id="menu-top"><a href="/">TRANG CHỦ</a> | <a href="/gt">GIỚI THIỆU</a> | <a href="/tt">TIN TỨC</a></div>
<div id="wrapper"><div id="left"><div class="widget lanhdao"><h3>Lãnh đạo tỉnh</h3><ul>
<li>Chủ tịch UBND tỉnh: Khúc Văn Phong</li><li>Phó Chủ tịch UBND tỉnh: La Thị Mỹ</li><li>Phó Chủ tịch UBND tỉnh: Bế Văn Sáng</li></ul></div></div>
<div id="content"><div class="news-detail"><div class="news-title">{e(a.title)}</div>
<div class="news-date">Ngày đăng: {dmy(a.published)} | Lượt xem: 1532</div>
<div class="news-content">{"".join(f"<p>{e(p)}</p>" for p in a.paragraphs)}
<p style="text-align:right"><b>{e(a.author)}</b></p></div>
<div class="other-news"><b>Các tin khác</b><ul><li><a href="/o1">Phó Chủ tịch UBND tỉnh Thân Đức Cường làm việc tại huyện Sìn Hồ (15/3/2016)</a></li>
<li><a href="/o2">Hội nghị xúc tiến đầu tư năm 2016 thu hút 3.200 tỷ đồng (12/3/2016)</a></li></ul></div></div></div></div>
<div id="footer">Cơ quan chủ quản: UBND tỉnh Lai Châu. Chịu trách nhiệm: Ninh Văn Hậu, Chánh Văn phòng UBND tỉnh.<br>
Địa chỉ: Tầng 5, Khu hành chính tỉnh. Điện thoại: 0213 3876 543</div></body></html>"""


def old_table(a: PageArticle) -> str:
    """An old table layout: no classes, the article in a `<td>`, paragraphs split by `<br><br>`, the title in
    `<b>`, `Cập nhật:` dateline, a leaders list in the right column, the editor-in-chief in the footer."""
    body = "<br><br>".join(e(p) for p in a.paragraphs)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{e(a.title)} - Báo Lai Châu điện tử</title></head>
<body><table width="980" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="/top.gif"></td></tr>
<tr><td width="180" valign="top"><a href="/">Trang chủ</a><br><a href="/ct">Chính trị</a><br><a href="/kt">Kinh tế</a><br><a href="/xh">Xã hội</a></td>
<td width="600" valign="top"><b>{e(a.title)}</b><br><i>Cập nhật: {a.published:%d/%m/%Y %H:%M}</i><br><br>
{body}<br><br><b>{e(a.author)}</b></td>
<td width="200" valign="top"><b>LÃNH ĐẠO TỈNH</b><br>Bí thư Tỉnh ủy: Ông Thị Lan<br>Chủ tịch UBND tỉnh: Giáp Văn Dũng<br><br>
<b>TIN ĐỌC NHIỀU</b><br><a href="/r1">Khánh thành nhà máy xi măng 1.200 tỷ đồng</a></td></tr>
<tr><td colspan="3" align="center">Tổng biên tập: Lục Thị Vân - Giấy phép số 45/GP-BVHTT<br>Bản quyền thuộc Báo Lai Châu</td></tr></table></body></html>"""


def old_table_font(a: PageArticle) -> str:
    """An older table layout with `<font>` tags, `&nbsp;`, and `Đăng lúc HH:MM ngày d tháng m năm yyyy`."""
    body = "<br>\n<br>\n".join(f"&nbsp;&nbsp;&nbsp;{e(p)}" for p in a.paragraphs)
    when = a.published
    return f"""<html><head><title>Tin tức - {e(a.title)}</title></head><body bgcolor="#ffffff">
<table width="100%"><tr><td><font face="Arial" size="2"><a href="/">Trang chủ</a> &raquo; <a href="/tin">Tin tức</a></font></td></tr></table>
<table width="100%" cellpadding="5"><tr><td valign="top" width="75%">
<font face="Arial" size="4" color="#003399"><b>{e(a.title)}</b></font><br>
<font face="Arial" size="1" color="#666666">Đăng lúc {when:%H:%M} ngày {when.day} tháng {when.month} năm {when.year}</font><br><br>
<font face="Arial" size="2">{body}</font><br><br><div align="right"><font size="2"><b>{e(a.author)}</b></font></div>
<br><font size="2"><b>Các tin đã đưa:</b><br><a href="/t1">Triệu Quang Khải, Giám đốc Sở Công Thương, thăm Hội chợ nông sản 2014</a><br>
<a href="/t2">Dự án điện gió 200 MW được khởi công</a></font></td>
<td valign="top" width="25%"><font size="2"><b>Liên kết website</b><br><a href="http://a.example.invalid">Chính phủ</a></font></td></tr></table>
<center><font size="1">Trưởng ban biên tập: Viên Thị Hòa. Điện thoại: 0211 3862 123</font></center></body></html>"""


def wordpress(a: PageArticle) -> str:
    """A WordPress theme: `<div>` paragraphs with `&nbsp;`, `.wp-caption`, `time.entry-date`, Jetpack related
    posts, tag links, a comment list and widgets."""
    paras = [f"<div>{e(p)}&nbsp;</div><div>&nbsp;</div>" for p in a.paragraphs]
    for caption in a.captions:
        paras.insert(2, f'<div class="wp-caption aligncenter"><img src="/w.jpg"><p class="wp-caption-text">{e(caption)}</p></div>')
    return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8"><title>{e(a.title)} &#8211; Trang tin Khuyến công</title>
<meta property="og:site_name" content="Trang tin Khuyến công"></head><body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Trang tin Khuyến công</a></p>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Trang chủ</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{e(a.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a.published:%Y-%m-%dT%H:%M:%S}+07:00">{dmy(a.published)}</time></span> <span class="byline">{e(a.author)}</span></div></header>
<div class="entry-content">{"".join(paras)}
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3>
<p><a href="/p1">Mạc Đăng Khoa, Chủ tịch Hiệp hội Làng nghề, dự Lễ hội làng nghề 2019</a></p></div></div>
<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/kc">khuyến công</a></span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 bình luận</h2><ol class="comment-list">
<li class="comment"><b class="fn">Phí Văn Thắng</b> <p>Đề nghị Phó Chủ tịch UBND huyện Phí Văn Thắng xem xét hỗ trợ 500 triệu đồng cho làng nghề.</p></li></ol></div>
</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2>Bài mới</h2><ul><li><a href="/n">Hội nghị khuyến công 2020 tổng kết 150 đề án</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer">Trang tin của Trung tâm Khuyến công. Phụ trách: Tôn Nữ Bích Hạnh</footer></div></body></html>"""


def amp(a: PageArticle) -> str:
    """An AMP page: JSON-LD `NewsArticle` with headline and `datePublished`, `amp-img` in `<figure>`."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": f"{a.published:%Y-%m-%dT%H:%M:%S}+07:00",
          "author": {"@type": "Person", "name": a.author}, "publisher": {"@type": "Organization", "name": "Báo Điện tử Công Nghiệp"}}
    figures = "".join(f'<figure><amp-img src="/a.jpg" width="600" height="400" layout="responsive"></amp-img>'
                      f"<figcaption>{e(c)}</figcaption></figure>" for c in a.captions)
    paras = [f"<p>{e(p)}</p>" for p in a.paragraphs]
    paras.insert(1, figures)
    return f"""<!doctype html><html ⚡ lang="vi"><head><meta charset="utf-8"><title>{e(a.title)}</title>
<link rel="canonical" href="https://amp.example.invalid/{a.key}.html"><script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><style amp-custom>body{{font-family:sans-serif}}</style></head>
<body><header class="amp-header"><a href="/">Báo Điện tử Công Nghiệp</a></header>
<amp-sidebar id="menu" layout="nodisplay"><a href="/">Trang chủ</a></amp-sidebar>
<article class="amp-article"><h1 class="amp-title">{e(a.title)}</h1>{"".join(paras)}</article>
<div class="amp-related"><h2>Tin cùng chuyên mục</h2><a href="/x">Thứ trưởng Lường Thị Duyên dự Diễn đàn công nghiệp hỗ trợ 2018</a></div>
<footer class="amp-footer">© Báo Điện tử Công Nghiệp. Tổng biên tập: Quách Văn Lộc</footer></body></html>"""


def print_version(a: PageArticle) -> str:
    """A print version: no metadata, the title in `<h3>`, `Ngày dd/mm/yyyy`, a source line and print buttons."""
    return f"""<html><head><meta charset="utf-8"><title>In bài viết</title></head><body onload="window.print()">
<div class="print-header"><img src="/logo.gif"> Báo Công Nghiệp Miền Trung</div>
<div class="print-tools"><a href="#">In bài</a> <a href="#">Đóng</a></div>
<h3>{e(a.title)}</h3><p><i>Ngày {dmy(a.published)}</i></p>
{"".join(f"<p>{e(p)}</p>" for p in a.paragraphs)}
<p><b>{e(a.author)}</b></p><p>Nguồn: https://mientrung.example.invalid/{a.key}.html</p>
<div class="print-footer">Tổng biên tập: Nông Thị Huyền</div></body></html>"""


def jsonld_only(a: PageArticle) -> str:
    """A script-rendered page: the body container is empty, the text is only in JSON-LD `articleBody`."""
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Công Thương 24h"},
        {"@type": "NewsArticle", "headline": a.title, "datePublished": f"{a.published:%Y-%m-%dT%H:%M:%S}+07:00",
         "articleBody": "\n".join(a.paragraphs), "author": [{"@type": "Person", "name": a.author}]}]}
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(a.title)} - Công Thương 24h</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>
<div id="app"><div class="skeleton"></div></div><noscript>Vui lòng bật JavaScript để đọc bài.</noscript>
<div class="sidebar"><h3>Đọc nhiều</h3><p>Chủ tịch UBND tỉnh Kha Văn Thuận dự Hội nghị xúc tiến đầu tư 2021 thu hút 5.000 tỷ đồng</p></div>
<script src="/static/app.js"></script></body></html>"""


def with_comments(a: PageArticle) -> str:
    """A page whose comment section is longer than the article and names people with titles."""
    comments = "".join(
        f'<div class="item-binhluan"><span class="name">{who}</span><p>{what}</p></div>' for who, what in (
            ("Âu Minh Triết", "Tôi là Trưởng phòng Kinh tế huyện Âu Minh Triết, xin cảm ơn bài viết, dự án 300 tỷ đồng rất cần thiết."),
            ("Doãn Thị Ngọc", "Mong Giám đốc Sở Công Thương Doãn Thị Ngọc sớm tổ chức Hội chợ nông sản năm 2016 tại huyện."),
            ("Bạn đọc", "Đề nghị đầu tư thêm 25 ha cho cụm công nghiệp. " * 6),
        ))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{e(a.title)} - Báo Đồng Bằng">
<meta property="og:site_name" content="Báo Đồng Bằng"><meta name="pubdate" content="{a.published:%Y-%m-%dT%H:%M:%S}+07:00"></head><body>
<div class="navbar"><a href="/">Trang chủ</a></div><div class="detail">
<h1>{e(a.title)}</h1><div class="sapo">{e(a.paragraphs[0])}</div>
<div class="content">{"".join(f"<p>{e(p)}</p>" for p in a.paragraphs[1:])}<p class="author">{e(a.author)}</p></div>
<div class="binh-luan"><h3>Ý kiến bạn đọc (3)</h3>{comments}<form><textarea></textarea><button>Gửi bình luận</button></form></div>
</div></body></html>"""


def read_more_inline(a: PageArticle) -> str:
    """A page with "Xem thêm" and "Tin liên quan" blocks in the middle of the body, without classes."""
    rel = related_items(("Thân Đức Cường", "Ninh Văn Hậu", "Giáp Văn Dũng"))
    paras = [f"<p>{e(p)}</p>" for p in a.paragraphs]
    middle = max(1, len(paras) // 2)
    paras.insert(middle, f'<div><p><b>TIN LIÊN QUAN</b></p><ul>{"".join(f"<li><a href=/l{i}>{e(t)}</a></li>" for i, t in enumerate(rel[:2]))}</ul></div>')
    paras.insert(1, f'<p><em>Xem thêm:</em> <a href="/m1">{e(rel[2])}</a></p>')
    paras.insert(len(paras) - 1, f'<p><strong><a href="/m3">{e(rel[0])}</a></strong></p>')
    paras.append(f'<p>Đọc thêm: <a href="/m2">{e(rel[3])}</a></p>')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{e(a.title)}">
<meta property="article:published_time" content="{a.published:%Y-%m-%d}"><title>{e(a.title)}</title></head><body>
<div id="main"><h1>{e(a.title)}</h1><div id="body">{"".join(paras)}</div>
<p style="text-align:right"><strong>{e(a.author)}</strong></p>
<p>Tags: <a href="/t1">xúc tiến thương mại</a>, <a href="/t2">Lò Thị Hoa</a></p></div></body></html>"""


def magazine(a: PageArticle) -> str:
    """A magazine page: `<div>` paragraphs with inline styles, captions as italic lines under pictures,
    `Chủ nhật, dd/mm/yyyy - HH:MM` dateline, a closing byline and a `Nguồn:` line."""
    paras = [f'<div style="text-align:justify">{e(p)}</div>' for p in a.paragraphs]
    for caption in a.captions:
        paras.insert(2, f'<p style="text-align:center"><img src="/m.jpg"></p><p style="text-align:center"><em>{e(caption)}</em></p>')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tạp chí Công nghiệp Nông thôn | {e(a.title)}</title></head><body>
<div class="top-menu"><a href="/">Trang chủ</a> <a href="/s">Sự kiện</a></div>
<div class="wrap"><div class="post"><h2 class="post-title">{e(a.title)}</h2>
<div class="post-time">{weekday(a.published)}, {dmy(a.published)} - {a.published:%H:%M}</div>
<div class="post-content">{"".join(paras)}<div><strong>{e(a.author)}</strong></div>
<div>Nguồn: Tạp chí Công nghiệp Nông thôn</div></div>
<div class="post-tags">Từ khóa: <a href="/k">làng nghề</a></div></div>
<div class="box-right"><div class="title">Tin nổi bật</div><a href="/n">Bí thư Huyện ủy Bế Văn Sáng dự Lễ khánh thành cầu 45 tỷ đồng</a></div></div>
<div class="copyright">Copyright © Tạp chí Công nghiệp Nông thôn. Tổng biên tập: Lục Thị Vân</div></body></html>"""


def latest_ticker(a: PageArticle) -> str:
    """A provincial paper with a latest-news ticker above the title (other dates and officials), `<time>`
    elements in the related list, and the date only as text under the title."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{e(a.title)} - Báo Tây Nguyên">
<meta property="og:site_name" content="Báo Tây Nguyên"></head><body>
<div class="ticker"><span>Tin mới:</span> <a href="/t">Phó Chủ tịch UBND tỉnh Triệu Quang Khải dự Lễ khánh thành nhà máy 90 MW</a> <span>(08/08/2008)</span></div>
<div class="main"><h1 class="title">{e(a.title)}</h1><div class="time">{a.published:%d/%m/%Y %H:%M}</div>
<div class="content">{"".join(f"<p>{e(p)}</p>" for p in a.paragraphs)}</div>
<div class="author">{e(a.author)}</div>
<div class="list-news"><h3>Tin khác</h3><ul><li><time datetime="2011-01-01">01/01/2011</time> <a href="/z">Giám đốc Sở Tài chính Viên Thị Hòa trao 1,2 tỷ đồng học bổng</a></li></ul></div></div>
<div class="footer">Báo Tây Nguyên. Tổng biên tập: Mạc Đăng Khoa. Phó Tổng biên tập: Phí Văn Thắng</div></body></html>"""


def cms_table_body(a: PageArticle) -> str:
    """A portal CMS that puts the whole article body in a one-cell table (`include_tables=False` lost it),
    with the dateline `Thứ ..., dd/mm/yyyy` and captions in image tables."""
    cells = "".join(f"<p>{e(p)}</p>" for p in a.paragraphs[:2]) + "".join(_caption_table(c, "Ảnh: Hữu Phước") for c in a.captions) \
        + "".join(f"<p>{e(p)}</p>" for p in a.paragraphs[2:])
    return f"""<html><head><meta charset="utf-8"><title>{e(a.title)} - Sở Công Thương tỉnh Lai Châu</title></head><body>
<div class="banner-top"><img src="/b.jpg"></div><div class="nav-main"><a href="/">Trang chủ</a></div>
<div class="ContentDetail"><div class="Title">{e(a.title)}</div><div class="Date">{weekday(a.published)}, {dmy(a.published)}</div>
<table class="tblContent" width="100%"><tr><td>{cells}</td></tr></table>
<div class="Author" align="right">{e(a.author)}</div>
<div class="OtherNews"><span>Các tin khác:</span><a href="/o">Kha Văn Thuận, Phó Giám đốc Sở, kiểm tra 12 cụm công nghiệp</a></div></div>
<div class="Footer">Giám đốc Sở: Kha Văn Thuận. Điện thoại: 0213 3790 111</div></body></html>"""


LAYOUTS: dict[str, Callable[[PageArticle], str]] = {
    "national_modern": national_modern,
    "national_meta": national_meta,
    "provincial_portal": provincial_portal,
    "old_table": old_table,
    "old_table_font": old_table_font,
    "wordpress": wordpress,
    "amp": amp,
    "print_version": print_version,
    "jsonld_only": jsonld_only,
    "with_comments": with_comments,
    "read_more_inline": read_more_inline,
    "magazine": magazine,
    "latest_ticker": latest_ticker,
    "cms_table_body": cms_table_body,
}

# Layouts that show photo captions (the caption official must be found there, marked as a caption).
CAPTIONED = frozenset({"national_modern", "national_meta", "wordpress", "amp", "magazine", "cms_table_body"})
