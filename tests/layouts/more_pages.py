"""Five more page families, written after the first fourteen were passing, to check the page stage on
layouts it was not tuned on (then kept in the matrix). Invented like `pages.py`; the boilerplate names its
own people (`MORE_BOILERPLATE_PEOPLE`)."""

from __future__ import annotations

import json

from tests.layouts.pages import PageArticle, dmy, e, weekday

MORE_BOILERPLATE_PEOPLE = ("Hứa Văn Tường", "Lã Thị Thanh Tâm", "Cù Đình Nhân", "Mẫn Văn Toản", "Yên Thị Hảo",
                           "Từ Minh Chiến", "Sầm Văn Khang", "Đàm Thị Hương Giang")


def date_above_title(a: PageArticle) -> str:
    """The dateline above the title, the sapo with a location stamp, paragraphs with class `Normal`, captions
    in `<figure>` with a `<p class="Image">`, a related list inside the article, the author last."""
    figures = "".join(f'<figure class="tplCaption"><div class="fig-picture"><img src="/f.jpg"></div>'
                      f'<figcaption><p class="Image">{e(c)}</p></figcaption></figure>' for c in a.captions)
    paras = [f'<p class="Normal">{e(p)}</p>' for p in a.paragraphs[1:]]
    paras.insert(min(2, len(paras)), figures)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(a.title)} - Kinh doanh 24</title>
<meta name="description" content="{e(a.paragraphs[0][:120])}"></head><body>
<header class="section top-header"><a class="logo" href="/">Kinh doanh 24</a><nav class="main-nav"><a href="/">Mới nhất</a></nav></header>
<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb"><li><a href="/kd">Kinh doanh</a></li></ul>
<span class="date">{weekday(a.published)}, {a.published.day}/{a.published.month}/{a.published.year}, {a.published:%H:%M} (GMT+7)</span></div>
<h1 class="title-detail">{e(a.title)}</h1>
<p class="description"><span class="location-stamp">HÀ NỘI</span>{e(a.paragraphs[0])}</p>
<article class="fck_detail">{"".join(paras)}
<ul class="list-news" data-campaign="Box-Related"><li><h4><a href="/r">Phó Chủ tịch UBND tỉnh Hứa Văn Tường thăm nhà máy 2.000 tỷ đồng</a></h4></li>
<li><h4><a href="/s">Khai mạc Hội chợ Xuân 2019 với 500 gian hàng</a></h4></li></ul>
<p class="Normal" style="text-align:right;"><strong>{e(a.author)}</strong></p></article>
<div class="footer-content"><div class="box-tag"><h4>Chủ đề:</h4><a href="/t">Xúc tiến thương mại</a></div></div>
</div><div class="sidebar-2"><div class="box-category"><h3>Xem nhiều</h3><p>Giám đốc Sở Tài chính Lã Thị Thanh Tâm công bố 350 tỷ đồng vốn mồi</p></div></div></div></section>
<footer id="footer"><p>Tổng biên tập: Cù Đình Nhân</p></footer></body></html>"""


def time_attribute(a: PageArticle) -> str:
    """A `<time>` whose `datetime` has a space, JSON-LD with a plain-date `datePublished`, captions in
    `<figure class="image">`, a related `<article>` inside the body."""
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": a.published.strftime("%Y-%m-%d"), "mainEntityOfPage": "https://x.example.invalid/"}
    paras = [f"<p>{e(p)}</p>" for p in a.paragraphs]
    for c in a.captions:
        paras.insert(1, f'<figure class="image align-center"><img src="/i.jpg"><figcaption><p>{e(c)}</p></figcaption></figure>')
    paras.insert(len(paras) // 2, '<article class="article-related singular-relate"><a href="/x">Chủ tịch HĐQT Mẫn Văn Toản '
                                   'ký kết hợp đồng 45 triệu USD</a></article>')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a.title)} | Báo Đời Sống Công Nghiệp</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>
<div class="site-header"><a href="/">Báo Đời Sống Công Nghiệp</a></div>
<main class="singular-wrap"><h1 class="title-page detail">{e(a.title)}</h1>
<div class="author-wrap"><div class="author-name"><b>{e(a.author)}</b></div>
<time class="author-time" datetime="{a.published:%Y-%m-%d %H:%M}">{weekday(a.published)}, {dmy(a.published)} - {a.published:%H:%M}</time></div>
<div class="singular-content">{"".join(paras)}</div>
<div class="singular-comment"><h3>Bình luận</h3><p>Yên Thị Hảo: Mong Phó Chủ tịch UBND xã Yên Thị Hảo hỗ trợ 12 hộ.</p></div></main>
<div class="copy">Giấy phép số 99/GP-BTTTT. Chịu trách nhiệm nội dung: Từ Minh Chiến</div></body></html>"""


def portal_spans(a: PageArticle) -> str:
    """A portal CMS: `<title>` names only the section, the title in `<h2>`, paragraphs as `<div>` with
    `<span>`, the date as `dd/mm/yyyy | HH:MM` after the title."""
    paras = "".join(f'<div style="text-align: justify;"><span style="font-size:14px;">{e(p)}</span></div>' for p in a.paragraphs)
    return f"""<html><head><meta charset="utf-8"><title>Tin tức sự kiện</title></head><body>
<div class="ms-header"><div class="logo-portal">Sở Công Thương</div><div class="menu-portal"><a href="/">Trang chủ</a></div></div>
<div class="ms-body"><div class="news-left"><h2 class="title">{e(a.title)}</h2>
<span class="date">{dmy(a.published)} | {a.published:%H:%M}</span>
<div class="ms-rtestate-field">{paras}<div style="text-align:right"><b>{e(a.author)}</b></div></div></div>
<div class="news-right"><div class="lanh-dao"><b>Ban Giám đốc</b><div>Giám đốc: Sầm Văn Khang</div><div>Phó Giám đốc: Đàm Thị Hương Giang</div></div></div></div>
<div class="ms-footer">Bản quyền thuộc Sở Công Thương. Giám đốc: Sầm Văn Khang</div></body></html>"""


def blog_br(a: PageArticle) -> str:
    """A blog: the date header `Thứ ..., d tháng m, yyyy` above the post, the body as text with `<br />`."""
    body = "<br />\n<br />\n".join(e(p) for p in a.paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nhật ký khuyến công: {e(a.title)}</title></head><body>
<div class="header-outer"><h1 class="title"><a href="/">Nhật ký khuyến công</a></h1></div>
<div class="main-inner"><div class="date-outer"><h2 class="date-header"><span>{weekday(a.published)}, {a.published.day} tháng {a.published.month}, {a.published.year}</span></h2>
<div class="post-outer"><h3 class="post-title entry-title">{e(a.title)}</h3>
<div class="post-body entry-content">{body}</div>
<div class="post-footer">Đăng bởi {e(a.author)} lúc {a.published:%H:%M}</div></div></div>
<div class="blog-pager"><a href="/older">Bài đăng Cũ hơn</a></div></div>
<div class="sidebar-wrapper"><h2>Lưu trữ Blog</h2><ul><li>tháng 3 2018 (12)</li></ul><p>Hứa Văn Tường, Chủ tịch UBND huyện, nói về 30 tỷ đồng</p></div></body></html>"""


def dateline_below(a: PageArticle) -> str:
    """The date only after the body (`Ngày đăng: ...` under the article), meta tags naming nothing."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{e(a.title)}"></head><body>
<div id="top"><a href="/">Trang chủ</a> | <a href="/lh">Liên hệ</a></div>
<div id="noidung"><h1>{e(a.title)}</h1>{"".join(f"<p>{e(p)}</p>" for p in a.paragraphs)}
<p align="right"><b>{e(a.author)}</b></p><p><i>Ngày đăng: {dmy(a.published)}</i></p>
<p><b>Các tin khác</b></p><ul><li><a href="/k">Cù Đình Nhân, Phó Giám đốc Sở, dự hội nghị 2015 (01/02/2015)</a></li></ul></div>
<div id="chan">Trưởng Ban biên tập: Mẫn Văn Toản</div></body></html>"""


MORE_LAYOUTS = {
    "date_above_title": date_above_title,
    "time_attribute": time_attribute,
    "portal_spans": portal_spans,
    "blog_br": blog_br,
    "dateline_below": dateline_below,
}
MORE_CAPTIONED = frozenset({"date_above_title", "time_attribute"})
