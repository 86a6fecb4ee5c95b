"""The fixture site's articles: text, where each is served, and its hand annotation.

Every article here is invented for vnie's tests. It is not real news: people, companies, plants, figures
and events are made up (any resemblance to real people is coincidental); provinces, ministries and
agencies appear only as settings. `build_pages.py` renders these into `pages/*.html` and
`pages/expected.json`; the server only reads the rendered files.

Annotation: `officials` are the officials named in the article body (lead and paragraphs), with the
title of office as written at the first mention; `figures` are a few figure strings exactly as written in
the body; `related_names` are the people named only in the related-news list (the outlet's footer names
are added from `templates.OUTLETS`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Official:
    name: str
    role: str


@dataclass(frozen=True)
class Article:
    key: str  # file stem in pages/
    host: int  # index of the simulated host that serves it
    route: str  # path on that host
    layout: str  # "a" and "b": host 0's two layouts; "c": host 1
    title: str
    published: str  # ISO 8601 with offset, as in article:published_time
    author: str
    section: str  # category slug (templates.CATEGORIES)
    sapo: str  # the lead paragraph
    paragraphs: tuple[str, ...]
    related: tuple[str, ...]  # related-news link titles (boilerplate)
    related_names: tuple[str, ...]  # people named in `related`
    officials: tuple[Official, ...]
    figures: tuple[str, ...]
    kind: str = "article"  # article | private | flaky | busy | slow
    feed: str | None = None  # "rss" or "atom" for host 0's feeds
    encoding: str = "utf-8"  # encoding of the bytes on disk
    meta_charset: str | None = "utf-8"  # charset the page declares in <meta>; None: no declaration
    header_charset: str = "utf-8"  # charset the server's Content-Type claims
    credit: str | None = None  # "Theo Báo …" line of a syndicated copy

    @property
    def body(self) -> str:
        return "\n".join((self.sapo, *self.paragraphs))

    @property
    def date(self) -> str:
        return self.published[:10]


def _o(*pairs: tuple[str, str]) -> tuple[Official, ...]:
    return tuple(Official(name, role) for name, role in pairs)


KIEN_GIANG_PARAGRAPHS = (
    "Đến dự lễ khai mạc có ông Tăng Quốc Duy, Phó Chủ tịch UBND tỉnh Kiên Giang; ông Hà Văn Sơn, Giám đốc Sở "
    "Công Thương tỉnh Kiên Giang cùng lãnh đạo các sở, ngành, địa phương và đông đảo người dân, du khách.",
    "Phát biểu khai mạc, ông Hà Văn Sơn cho biết, hội chợ năm nay có 60% gian hàng trưng bày sản phẩm của doanh "
    "nghiệp Kiên Giang như nước mắm, hồ tiêu, khô cá, hải sản chế biến, tinh dầu tràm và đồ thủ công mỹ nghệ. "
    "Bên cạnh đó là hàng tiêu dùng, máy móc nông nghiệp và vật liệu xây dựng của các doanh nghiệp từ TP Hồ Chí "
    "Minh, Cần Thơ, Long An và một số gian hàng của Campuchia, Thái Lan.",
    "Theo ông Sơn, 10 tháng năm 2019, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của tỉnh đạt hơn "
    "78.400 tỷ đồng, tăng 11,6% so với cùng kỳ; kim ngạch xuất khẩu đạt khoảng 590 triệu USD. Tuy nhiên, nhiều "
    "sản phẩm đặc trưng của tỉnh vẫn chưa có thương hiệu mạnh, khả năng tiếp cận hệ thống phân phối hiện đại "
    "còn hạn chế.",
    "Ông Tăng Quốc Duy đề nghị các doanh nghiệp tận dụng hội chợ để giới thiệu sản phẩm, tìm kiếm đối tác và mở "
    "rộng kênh phân phối; đồng thời yêu cầu ban tổ chức bảo đảm an ninh trật tự, phòng cháy chữa cháy và kiểm "
    "soát chặt chẽ hàng giả, hàng kém chất lượng.",
    "Trong khuôn khổ hội chợ, sáng 15/11 diễn ra Hội nghị kết nối cung cầu giữa các nhà cung cấp đặc sản Kiên "
    "Giang với 18 siêu thị, trung tâm thương mại ở TP Hồ Chí Minh và Cần Thơ. Bà Trần Thị Bích Liên - Phó Giám "
    "đốc Trung tâm Xúc tiến Thương mại và Đầu tư tỉnh Kiên Giang cho biết, ban tổ chức kỳ vọng các bên sẽ ký "
    "kết khoảng 40 biên bản ghi nhớ với tổng giá trị hơn 25 tỷ đồng.",
    "Hội chợ mở cửa miễn phí từ 8 giờ đến 22 giờ hằng ngày, có nhiều chương trình ca nhạc, trò chơi dân gian và "
    "bốc thăm trúng thưởng dành cho khách tham quan.",
)

KIEN_GIANG_OFFICIALS = _o(
    ("Tăng Quốc Duy", "Phó Chủ tịch UBND tỉnh Kiên Giang"),
    ("Hà Văn Sơn", "Giám đốc Sở Công Thương tỉnh Kiên Giang"),
    ("Trần Thị Bích Liên", "Phó Giám đốc Trung tâm Xúc tiến Thương mại và Đầu tư tỉnh Kiên Giang"),
)

ARTICLES: tuple[Article, ...] = (
    # ---------------------------------------------------------------- host 0, layout "a" (2022–2026)
    Article(
        key="nghe-an-tong-ket-khuyen-cong",
        host=0,
        route="/tin-tuc/nghe-an-tong-ket-khuyen-cong-2023.html",
        layout="a",
        title="Nghệ An: Năm 2023, vốn khuyến công hỗ trợ 68 đề án, thu hút hơn 160 tỷ đồng đầu tư",
        published="2024-01-19T08:30:00+07:00",
        author="Thanh Hà",
        section="khuyen-cong",
        sapo="CNĐS - Ngày 18/1, tại TP Vinh, Sở Công Thương tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác khuyến "
        "công năm 2023 và triển khai kế hoạch năm 2024. Năm qua, nguồn vốn khuyến công đã hỗ trợ 68 đề án, góp "
        "phần thu hút hơn 160 tỷ đồng vốn đầu tư của các cơ sở công nghiệp nông thôn.",
        paragraphs=(
            "Dự hội nghị có Phó Chủ tịch UBND tỉnh Hoàng Thị Quỳnh Mai; ông Phan Đức Thịnh, Giám đốc Sở Công Thương "
            "tỉnh Nghệ An; đại diện Cục Công Thương địa phương (Bộ Công Thương), lãnh đạo UBND các huyện, thị xã và "
            "hơn 120 đại biểu là chủ cơ sở công nghiệp nông thôn trên địa bàn tỉnh.",
            "Báo cáo tại hội nghị, bà Hồ Thị Lan Anh - Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công "
            "nghiệp Nghệ An cho biết, năm 2023 tổng kinh phí khuyến công được giao là 9,6 tỷ đồng, trong đó khuyến "
            "công quốc gia 3,2 tỷ đồng và khuyến công địa phương 6,4 tỷ đồng. Trung tâm đã hỗ trợ 41 cơ sở ứng dụng "
            "máy móc thiết bị tiên tiến, xây dựng 3 mô hình trình diễn kỹ thuật và tổ chức 12 lớp đào tạo nghề cho "
            "khoảng 450 lao động nông thôn.",
            "Đáng chú ý, giá trị sản xuất công nghiệp của tỉnh năm 2023 ước đạt hơn 98.700 tỷ đồng, tăng khoảng "
            "9,85% so với năm 2022. Nhiều cơ sở được hỗ trợ đã mở rộng sản xuất, nâng công suất từ 20 - 30%, tạo "
            "việc làm ổn định cho hơn 1.200 lao động với thu nhập bình quân 6,5 triệu đồng/người/tháng.",
            "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Hoàng Thị Quỳnh Mai ghi nhận những nỗ lực của ngành Công "
            "Thương, đồng thời chỉ ra một số hạn chế như quy mô đề án còn nhỏ, tiến độ giải ngân ở một số huyện miền "
            "núi còn chậm. Bà đề nghị Sở Công Thương phối hợp với các địa phương rà soát nhu cầu thực tế, ưu tiên hỗ "
            "trợ các sản phẩm công nghiệp nông thôn tiêu biểu, sản phẩm OCOP và các cơ sở ở huyện Tương Dương, Kỳ "
            "Sơn, Quế Phong.",
            "Theo ông Phan Đức Thịnh, năm 2024 ngành phấn đấu thực hiện 70 đề án với tổng kinh phí khoảng 10,5 tỷ "
            "đồng; đồng thời tổ chức Hội chợ Công Thương khu vực Bắc Trung Bộ vào tháng 9/2024 tại Quảng trường Hồ "
            "Chí Minh, TP Vinh. “Chúng tôi sẽ chuyển mạnh từ hỗ trợ đơn lẻ sang hỗ trợ theo chuỗi, gắn với thị "
            "trường tiêu thụ”, ông Thịnh nói.",
            "Tại hội nghị, UBND tỉnh đã tặng Bằng khen cho 8 tập thể và 12 cá nhân có thành tích xuất sắc trong công "
            "tác khuyến công năm 2023.",
        ),
        related=(
            "Phó Chủ tịch UBND tỉnh Võ Trọng Khang kiểm tra tiến độ Khu công nghiệp Hoàng Mai II",
            "Nghệ An thu hút hơn 2,1 tỷ USD vốn FDI trong năm 2023",
            "Ông Nguyễn Hữu Cầu được bổ nhiệm làm Phó Giám đốc Sở Kế hoạch và Đầu tư",
            "Hà Tĩnh: Khuyến công hỗ trợ 25 cơ sở đổi mới thiết bị",
        ),
        related_names=("Võ Trọng Khang", "Nguyễn Hữu Cầu"),
        officials=_o(
            ("Hoàng Thị Quỳnh Mai", "Phó Chủ tịch UBND tỉnh"),
            ("Phan Đức Thịnh", "Giám đốc Sở Công Thương tỉnh Nghệ An"),
            ("Hồ Thị Lan Anh", "Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Nghệ An"),
        ),
        figures=("hơn 160 tỷ đồng", "9,6 tỷ đồng", "hơn 98.700 tỷ đồng", "khoảng 9,85%", "khoảng 10,5 tỷ đồng"),
        feed="rss",
    ),
    Article(
        key="binh-dinh-khuyen-cong-may-moc",
        host=0,
        route="/tin-tuc/binh-dinh-khuyen-cong-tiep-suc-co-so-che-bien.html",
        layout="a",
        title="Bình Định: Khuyến công tiếp sức cho cơ sở chế biến nông sản đổi mới thiết bị",
        published="2022-09-07T15:10:00+07:00",
        author="Hoài Thu",
        section="khuyen-cong",
        sapo="CNĐS - Năm 2022, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bình Định hỗ trợ 35 doanh "
        "nghiệp, cơ sở công nghiệp nông thôn ứng dụng máy móc hiện đại với tổng kinh phí gần 4,2 tỷ đồng.",
        paragraphs=(
            "Sáng 6/9, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bình Định phối hợp với UBND huyện Tây "
            "Sơn tổ chức bàn giao máy móc, thiết bị cho 9 cơ sở chế biến nông sản trên địa bàn huyện. Tham dự có bà "
            "Lê Thị Hoa - Phó Giám đốc Trung tâm Khuyến công và ông Đặng Văn Lực, Phó Chủ tịch UBND huyện Tây Sơn.",
            "Theo bà Lê Thị Hoa, từ đầu năm đến nay Trung tâm đã thẩm định và hỗ trợ 35 doanh nghiệp, cơ sở, chủ yếu "
            "trong các ngành chế biến hạt điều, bún, bánh tráng, nước mắm và sản xuất đồ gỗ. Mức hỗ trợ tối đa cho "
            "mỗi cơ sở là 300 triệu đồng, tương đương khoảng 30% giá trị thiết bị. Tổng vốn đối ứng của các cơ sở "
            "đạt hơn 13,8 tỷ đồng, gấp hơn ba lần vốn khuyến công.",
            "Ông Đặng Văn Lực cho biết, Tây Sơn có hơn 1.100 cơ sở công nghiệp nông thôn, phần lớn là hộ gia đình "
            "với thiết bị cũ, tiêu hao nhiều điện năng. Nhờ dây chuyền sấy và đóng gói mới, nhiều cơ sở đã giảm "
            "khoảng 25% chi phí sản xuất, sản phẩm đủ điều kiện vào các hệ thống siêu thị.",
            "Bà Nguyễn Thị Kim Xuyến, chủ một cơ sở bánh tráng ở xã Bình Tân, chia sẻ: “Trước đây gia đình tôi tráng "
            "bánh thủ công, mỗi ngày chỉ được khoảng 3.000 cái. Có máy tráng bánh tự động, năng suất tăng gấp bốn "
            "lần mà bánh đều, đẹp hơn nên dễ bán ra ngoài tỉnh”.",
            "Cùng ngày, Sở Công Thương tỉnh Bình Định tổ chức Hội thảo “Nâng cao năng lực thiết kế bao bì cho sản "
            "phẩm công nghiệp nông thôn” tại hội trường UBND huyện Tây Sơn với sự tham gia của 60 học viên. Phát "
            "biểu tại hội thảo, ông Huỳnh Tấn Phát, Phó Giám đốc Sở Công Thương tỉnh Bình Định, đề nghị các cơ sở "
            "chủ động đăng ký nhãn hiệu, mã số mã vạch và truy xuất nguồn gốc để đưa sản phẩm lên sàn thương mại "
            "điện tử.",
            "Theo kế hoạch, đến năm 2025 Bình Định phấn đấu có 60 sản phẩm đạt chứng nhận sản phẩm công nghiệp nông "
            "thôn tiêu biểu cấp tỉnh và xây dựng thêm 2 cụm công nghiệp với diện tích khoảng 75 ha tại các huyện "
            "phía Tây.",
        ),
        related=(
            "Giám đốc Sở Công Thương Trương Văn Nghĩa: Bình Định sẽ có thêm 5 cụm công nghiệp",
            "Quy Nhơn: Khai mạc Hội chợ Thương mại Bình Định 2022 với 250 gian hàng",
            "Chủ tịch UBND tỉnh Lâm Hải Giang tiếp đoàn doanh nghiệp Hàn Quốc",
        ),
        related_names=("Trương Văn Nghĩa", "Lâm Hải Giang"),
        officials=_o(
            ("Lê Thị Hoa", "Phó Giám đốc Trung tâm Khuyến công"),
            ("Đặng Văn Lực", "Phó Chủ tịch UBND huyện Tây Sơn"),
            ("Huỳnh Tấn Phát", "Phó Giám đốc Sở Công Thương tỉnh Bình Định"),
        ),
        figures=("35 doanh nghiệp", "gần 4,2 tỷ đồng", "300 triệu đồng", "hơn 13,8 tỷ đồng", "khoảng 75 ha"),
        feed="atom",
    ),
    Article(
        key="ha-tinh-hoi-thao-chuyen-doi-so",
        host=0,
        route="/tin-tuc/ha-tinh-hoi-thao-chuyen-doi-so-cong-nghiep-nong-thon.html",
        layout="a",
        title="Hội thảo chuyển đổi số cho cơ sở công nghiệp nông thôn Hà Tĩnh",
        published="2025-04-22T16:45:00+07:00",
        author="Minh Quân",
        section="kinh-te-so",
        sapo="CNĐS - Ngày 22/4, Sở Công Thương Hà Tĩnh phối hợp với Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến "
        "công (Bộ Công Thương) tổ chức Hội thảo “Ứng dụng chuyển đổi số trong sản xuất và tiêu thụ sản phẩm công "
        "nghiệp nông thôn” tại TP Hà Tĩnh.",
        paragraphs=(
            "Tham dự hội thảo có ông Trịnh Quốc Bảo, Phó Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến "
            "công; Phó Chủ tịch UBND tỉnh Hà Tĩnh Đoàn Minh Tuệ cùng hơn 150 đại biểu đại diện các sở, ngành, hiệp "
            "hội và 48 doanh nghiệp, hợp tác xã trên địa bàn tỉnh.",
            "Phát biểu khai mạc, ông Đoàn Minh Tuệ cho biết, Hà Tĩnh hiện có khoảng 17.500 cơ sở công nghiệp nông "
            "thôn, thu hút gần 52.000 lao động. Tuy nhiên, chỉ khoảng 8,6% cơ sở có website hoặc gian hàng trên sàn "
            "thương mại điện tử; phần lớn vẫn bán hàng qua thương lái nên giá trị gia tăng thấp.",
            "Theo ông Trịnh Quốc Bảo, giai đoạn 2021 - 2025, Chương trình khuyến công quốc gia đã dành khoảng 12% "
            "kinh phí cho các nội dung hỗ trợ chuyển đổi số, từ phần mềm quản lý kho, truy xuất nguồn gốc đến đào "
            "tạo kỹ năng bán hàng trực tuyến. “Chuyển đổi số không phải là câu chuyện riêng của doanh nghiệp lớn. "
            "Một cơ sở làm nước mắm hay mộc mỹ nghệ cũng có thể bắt đầu từ việc số hóa sổ sách và mở gian hàng trực "
            "tuyến”, ông Bảo nhấn mạnh.",
            "Tại hội thảo, các chuyên gia đến từ Trường Đại học Bách khoa Hà Nội và Hiệp hội Thương mại điện tử Việt "
            "Nam đã giới thiệu các giải pháp chi phí thấp, dễ triển khai. Bà Phạm Thị Thu Hằng - Phó Giám đốc Sở "
            "Công Thương Hà Tĩnh cho biết, năm 2025 Sở sẽ hỗ trợ 30 cơ sở xây dựng gian hàng trên các sàn thương mại "
            "điện tử với mức hỗ trợ tối đa 50 triệu đồng/cơ sở.",
            "Ông Lê Văn Khánh, Giám đốc Hợp tác xã Mộc mỹ nghệ Thái Yên (huyện Đức Thọ), cho biết sau một năm bán "
            "hàng trên mạng, doanh thu của hợp tác xã đạt hơn 4,8 tỷ đồng, tăng khoảng 35% so với năm trước, trong "
            "đó đơn hàng trực tuyến chiếm gần một phần ba.",
            "Dịp này, Sở Công Thương Hà Tĩnh và Bưu điện tỉnh đã ký kết thỏa thuận hợp tác đưa 200 sản phẩm OCOP, "
            "sản phẩm công nghiệp nông thôn tiêu biểu của tỉnh lên sàn thương mại điện tử trong năm 2025.",
        ),
        related=(
            "Bộ trưởng Bộ Công Thương Lương Quốc Hưng làm việc với tỉnh Hà Tĩnh về Khu kinh tế Vũng Áng",
            "Hà Tĩnh: Xuất khẩu quý I/2025 đạt 420 triệu USD",
            "Giám đốc Trung tâm Khuyến công Nguyễn Thị Bích Ngọc: Đổi mới cách làm khuyến công",
        ),
        related_names=("Lương Quốc Hưng", "Nguyễn Thị Bích Ngọc"),
        officials=_o(
            ("Trịnh Quốc Bảo", "Phó Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"),
            ("Đoàn Minh Tuệ", "Phó Chủ tịch UBND tỉnh Hà Tĩnh"),
            ("Phạm Thị Thu Hằng", "Phó Giám đốc Sở Công Thương Hà Tĩnh"),
            ("Lê Văn Khánh", "Giám đốc Hợp tác xã Mộc mỹ nghệ Thái Yên"),
        ),
        figures=("khoảng 8,6%", "khoảng 12%", "50 triệu đồng", "hơn 4,8 tỷ đồng", "khoảng 35%"),
        feed="rss",
    ),
    Article(
        key="quang-binh-khoi-cong-dien-gio",
        host=0,
        route="/tin-tuc/quang-binh-khoi-cong-du-an-dien-gio-252-mw.html",
        layout="a",
        title="Quảng Bình khởi công dự án điện gió 252 MW, vốn đầu tư hơn 10.000 tỷ đồng",
        published="2023-06-03T10:05:00+07:00",
        author="Trần Long",
        section="nang-luong",
        sapo="CNĐS - Sáng 2/6, tại huyện Lệ Thủy, tỉnh Quảng Bình, Công ty CP Năng lượng Gió Sen Thủy tổ chức lễ khởi "
        "công dự án Nhà máy điện gió Sen Thủy với công suất 252 MW.",
        paragraphs=(
            "Dự lễ khởi công có ông Vương Đình Nguyên, Phó Chủ tịch Thường trực UBND tỉnh Quảng Bình; ông Ngô Quang "
            "Vĩnh, Tổng Giám đốc Công ty CP Năng lượng Gió Sen Thủy; đại diện Tổng công ty Điện lực miền Trung, các "
            "sở, ngành và chính quyền địa phương.",
            "Dự án có tổng vốn đầu tư hơn 10.240 tỷ đồng, gồm 42 tuabin, mỗi tuabin công suất 6 MW, được lắp đặt "
            "trên diện tích sử dụng đất khoảng 68,5 ha tại các xã Sen Thủy, Hưng Thủy và Ngư Thủy. Khi đi vào vận "
            "hành, nhà máy dự kiến cung cấp cho hệ thống điện quốc gia khoảng 830 triệu kWh mỗi năm.",
            "Phát biểu tại buổi lễ, ông Vương Đình Nguyên nhấn mạnh, Quảng Bình xác định năng lượng tái tạo là một "
            "trong những động lực tăng trưởng mới. Đến nay, tỉnh đã có 3 nhà máy điện gió với tổng công suất 396 MW "
            "được đưa vào vận hành, đóng góp khoảng 1.150 tỷ đồng vào ngân sách mỗi năm. Ông đề nghị chủ đầu tư bảo "
            "đảm tiến độ, an toàn lao động và ưu tiên sử dụng lao động địa phương.",
            "Theo ông Ngô Quang Vĩnh, công ty đã hoàn thành công tác bồi thường, giải phóng mặt bằng cho 215 hộ dân "
            "với kinh phí gần 96 tỷ đồng. Dự án phấn đấu phát điện thương mại toàn bộ trong quý IV/2024, đồng thời "
            "đầu tư tuyến đường dây 220 kV dài khoảng 19 km đấu nối vào trạm biến áp 500 kV của khu vực.",
            "Ông Cao Xuân Phong, Giám đốc Sở Công Thương tỉnh Quảng Bình, cho biết theo Quy hoạch điện VIII, Quảng "
            "Bình được phân bổ hơn 1.600 MW điện gió trên bờ. Sở đang phối hợp với các nhà đầu tư hoàn thiện thủ "
            "tục để các dự án sớm triển khai, tránh tình trạng dự án treo gây lãng phí đất đai.",
            "Trước đó, tối 1/6, UBND huyện Lệ Thủy đã tổ chức hội nghị đối thoại với người dân các xã có dự án đi "
            "qua để giải đáp các kiến nghị về tiền bồi thường và đường giao thông nội đồng.",
        ),
        related=(
            "Chủ tịch UBND tỉnh Trương Hữu Lộc đối thoại với doanh nghiệp năng lượng",
            "Quảng Trị: Đóng điện nhà máy điện gió 144 MW",
            "Phó Giám đốc Sở Tài nguyên và Môi trường Đinh Xuân Hòa: Đẩy nhanh cấp phép mỏ vật liệu",
        ),
        related_names=("Trương Hữu Lộc", "Đinh Xuân Hòa"),
        officials=_o(
            ("Vương Đình Nguyên", "Phó Chủ tịch Thường trực UBND tỉnh Quảng Bình"),
            ("Ngô Quang Vĩnh", "Tổng Giám đốc Công ty CP Năng lượng Gió Sen Thủy"),
            ("Cao Xuân Phong", "Giám đốc Sở Công Thương tỉnh Quảng Bình"),
        ),
        figures=("252 MW", "hơn 10.240 tỷ đồng", "khoảng 68,5 ha", "396 MW", "hơn 1.600 MW"),
        feed="atom",
    ),
    Article(
        key="ca-mau-xuat-khau-quy-1",
        host=0,
        route="/tin-tuc/ca-mau-kim-ngach-xuat-khau-quy-1-2026.html",
        layout="a",
        title="Cà Mau: Kim ngạch xuất khẩu quý I/2026 tăng khoảng 12,47%",
        published="2026-04-08T07:20:00+07:00",
        author="Quốc Huy",
        section="thuong-mai",
        sapo="CNĐS - Chiều 7/4, Sở Công Thương tỉnh Cà Mau tổ chức hội nghị sơ kết hoạt động ngành Công Thương quý I "
        "và triển khai nhiệm vụ quý II năm 2026. Kim ngạch xuất khẩu của tỉnh trong quý đạt hơn 412 triệu USD, "
        "tăng khoảng 12,47% so với cùng kỳ.",
        paragraphs=(
            "Báo cáo tại hội nghị, ông Tạ Minh Luân, Phó Giám đốc Sở Công Thương tỉnh Cà Mau, cho biết tôm vẫn là "
            "mặt hàng chủ lực, chiếm khoảng 86% giá trị xuất khẩu. Thị trường Mỹ, Nhật Bản và EU tiếp tục ổn định; "
            "riêng thị trường Trung Quốc tăng mạnh nhờ nhu cầu tôm sú và cua sống phục vụ dịp lễ.",
            "Sau khi hợp nhất với tỉnh Bạc Liêu, tỉnh Cà Mau mới có 61 doanh nghiệp xuất khẩu thủy sản, trong đó 35 "
            "doanh nghiệp có nhà máy chế biến đạt chuẩn xuất khẩu vào EU. Chỉ số sản xuất công nghiệp quý I tăng "
            "8,2%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt khoảng 38.600 tỷ đồng.",
            "Phát biểu chỉ đạo, bà Dương Thị Ngọc Hân, Phó Chủ tịch UBND tỉnh Cà Mau, đánh giá cao kết quả đạt được "
            "trong bối cảnh chi phí vận chuyển và rào cản kỹ thuật ngày càng tăng. Bà yêu cầu ngành Công Thương "
            "theo dõi sát các vụ điều tra chống bán phá giá, kịp thời cảnh báo cho doanh nghiệp, đồng thời đẩy nhanh "
            "tiến độ Khu công nghiệp Khánh An giai đoạn 2 với diện tích 120 ha.",
            "Ông Quách Văn Trung, Tổng Giám đốc Công ty CP Chế biến thủy sản Tắc Vân, kiến nghị ngân hàng giãn nợ, "
            "tiếp tục cho vay ưu đãi để doanh nghiệp thu mua tôm nguyên liệu cho nông dân. Theo ông Trung, một đơn "
            "hàng 2,5 triệu USD sang Canada của công ty suýt bị hủy vì thiếu vốn lưu động trong tháng 2.",
            "Trong quý II, Sở Công Thương sẽ phối hợp tổ chức Hội chợ Thương mại - Du lịch Đất Mũi năm 2026 từ ngày "
            "20 đến 26/5 tại Quảng trường Văn hóa Trung tâm tỉnh, dự kiến có khoảng 300 gian hàng. Sở cũng sẽ đưa "
            "đoàn doanh nghiệp tham gia Triển lãm quốc tế Thủy sản Việt Nam tại TP Hồ Chí Minh vào tháng 8/2026.",
        ),
        related=(
            "Chủ tịch UBND tỉnh Huỳnh Chí Thanh: Cà Mau mới cần cơ chế đặc thù cho kinh tế biển",
            "Xuất khẩu tôm cả nước quý I đạt 880 triệu USD",
            "Phó Giám đốc Sở Nông nghiệp và Môi trường Lưu Hoàng Ly thông tin về vụ tôm mới",
        ),
        related_names=("Huỳnh Chí Thanh", "Lưu Hoàng Ly"),
        officials=_o(
            ("Tạ Minh Luân", "Phó Giám đốc Sở Công Thương tỉnh Cà Mau"),
            ("Dương Thị Ngọc Hân", "Phó Chủ tịch UBND tỉnh Cà Mau"),
            ("Quách Văn Trung", "Tổng Giám đốc Công ty CP Chế biến thủy sản Tắc Vân"),
        ),
        figures=("hơn 412 triệu USD", "khoảng 12,47%", "khoảng 86%", "120 ha", "2,5 triệu USD", "35 doanh nghiệp"),
        feed="rss",
    ),
    # ---------------------------------------------------------------- host 0, layout "b" (2019–2021)
    Article(
        key="kien-giang-hoi-cho-thuong-mai",
        host=0,
        route="/tin-tuc/kien-giang-khai-mac-hoi-cho-thuong-mai-2019.html",
        layout="b",
        title="Khai mạc Hội chợ Thương mại Kiên Giang 2019 với 320 gian hàng",
        published="2019-11-15T09:00:00+07:00",
        author="Ngọc Trân",
        section="thuong-mai",
        sapo="CNĐS - Tối 14/11, tại Khu lấn biển Rạch Giá, Sở Công Thương tỉnh Kiên Giang khai mạc Hội chợ Thương "
        "mại Kiên Giang năm 2019. Hội chợ diễn ra từ ngày 14 đến 20/11 với 320 gian hàng của hơn 200 doanh nghiệp "
        "đến từ 25 tỉnh, thành phố.",
        paragraphs=KIEN_GIANG_PARAGRAPHS,
        related=(
            "Phó Chủ tịch UBND huyện Phú Quốc Võ Thành Nhân làm việc với nhà đầu tư cảng Vịnh Đầm",
            "Kiên Giang: Xuất khẩu 9 tháng đạt 510 triệu USD",
            "Ông Diệp Quang Khải giữ chức Phó Giám đốc Sở Công Thương An Giang",
        ),
        related_names=("Võ Thành Nhân", "Diệp Quang Khải"),
        officials=KIEN_GIANG_OFFICIALS,
        figures=("hơn 78.400 tỷ đồng", "11,6%", "khoảng 590 triệu USD", "hơn 25 tỷ đồng"),
        feed="atom",
    ),
    Article(
        key="ninh-thuan-khanh-thanh-dien-mat-troi",
        host=0,
        route="/tin-tuc/ninh-thuan-khanh-thanh-nha-may-dien-mat-troi-450-mw.html",
        layout="b",
        title="Khánh thành cụm nhà máy điện mặt trời 450 MW tại Ninh Thuận",
        published="2020-10-26T14:00:00+07:00",
        author="Văn Phúc",
        section="nang-luong",
        sapo="CNĐS - Sáng 25/10, tại huyện Thuận Nam, tỉnh Ninh Thuận, Công ty CP Năng lượng Phước Nam tổ chức lễ khánh "
        "thành cụm nhà máy điện mặt trời Phước Nam 1 và 2 với tổng công suất 450 MW.",
        paragraphs=(
            "Tham dự buổi lễ có ông Hoàng Gia Khiêm, Phó Tổng cục trưởng Tổng cục Năng lượng (Bộ Công Thương); Phó "
            "Chủ tịch UBND tỉnh Ninh Thuận Châu Văn Nghị; ông Lý Thành Đạt, Chủ tịch Hội đồng quản trị Công ty CP "
            "Năng lượng Phước Nam cùng đại diện Tập đoàn Điện lực Việt Nam (EVN), các ngân hàng tài trợ vốn và nhà "
            "thầu.",
            "Cụm dự án được xây dựng trên diện tích khoảng 560 ha tại xã Phước Minh và Phước Nam, tổng vốn đầu tư "
            "hơn 9.870 tỷ đồng, trong đó vốn vay từ các ngân hàng trong nước và quốc tế chiếm khoảng 70%. Sau 11 "
            "tháng thi công, nhà máy đã hòa lưới điện quốc gia và đạt sản lượng bình quân khoảng 2,1 triệu kWh mỗi "
            "ngày.",
            "Ông Lý Thành Đạt cho biết, công ty đã đầu tư trạm biến áp 220 kV và tuyến đường dây dài 14 km để giải "
            "tỏa công suất, đồng thời chia sẻ hạ tầng truyền tải với 2 dự án lân cận. Công ty cũng dành 12 tỷ đồng "
            "xây dựng đường giao thông, trường học và hỗ trợ sinh kế cho hơn 300 hộ đồng bào Chăm, Raglai trong vùng "
            "dự án.",
            "Phát biểu tại lễ khánh thành, Phó Chủ tịch UBND tỉnh Châu Văn Nghị cho biết, Ninh Thuận hiện có 42 dự "
            "án điện mặt trời và điện gió đã vận hành với tổng công suất khoảng 3.200 MW, nộp ngân sách hơn 1.400 "
            "tỷ đồng trong 9 tháng năm 2020. Tuy nhiên, tình trạng quá tải lưới điện khiến nhiều nhà máy phải cắt "
            "giảm công suất, có thời điểm lên tới 30 - 40%.",
            "Ông Hoàng Gia Khiêm nhấn mạnh, Bộ Công Thương đang chỉ đạo EVN khẩn trương hoàn thành các công trình "
            "truyền tải trọng điểm khu vực Nam Trung Bộ, trong đó có đường dây 500 kV Vân Phong - Vĩnh Tân, nhằm "
            "giảm tình trạng cắt giảm công suất trong năm 2021.",
            "Dịp này, chủ đầu tư đã trao tặng 200 suất học bổng trị giá 1 tỷ đồng cho học sinh nghèo hiếu học của "
            "huyện Thuận Nam và ủng hộ 500 triệu đồng cho Quỹ Vì người nghèo của tỉnh.",
        ),
        related=(
            "Bộ trưởng Bộ Công Thương Trịnh Hoài An kiểm tra các dự án điện tại Ninh Thuận",
            "Bình Thuận: Đóng điện đường dây 500 kV nối Trung tâm Điện lực Vĩnh Tân",
            "Giám đốc Sở Công Thương Âu Minh Tài: Ninh Thuận sẽ là trung tâm năng lượng tái tạo",
        ),
        related_names=("Trịnh Hoài An", "Âu Minh Tài"),
        officials=_o(
            ("Hoàng Gia Khiêm", "Phó Tổng cục trưởng Tổng cục Năng lượng"),
            ("Châu Văn Nghị", "Phó Chủ tịch UBND tỉnh Ninh Thuận"),
            ("Lý Thành Đạt", "Chủ tịch Hội đồng quản trị Công ty CP Năng lượng Phước Nam"),
        ),
        figures=("450 MW", "khoảng 560 ha", "hơn 9.870 tỷ đồng", "khoảng 70%", "khoảng 3.200 MW", "hơn 1.400 tỷ đồng"),
        feed="rss",
    ),
    Article(
        key="thai-nguyen-xuc-tien-cum-cong-nghiep",
        host=0,
        route="/tin-tuc/thai-nguyen-hoi-nghi-xuc-tien-dau-tu-cum-cong-nghiep.html",
        layout="b",
        title="Thái Nguyên xúc tiến đầu tư vào 6 cụm công nghiệp",
        published="2021-03-30T11:15:00+07:00",
        author="Hải Yến",
        section="cong-nghiep",
        sapo="CNĐS - Ngày 29/3, tại TP Thái Nguyên, UBND tỉnh Thái Nguyên tổ chức Hội nghị xúc tiến đầu tư vào các cụm "
        "công nghiệp năm 2021, thu hút hơn 200 đại biểu là nhà đầu tư trong và ngoài nước.",
        paragraphs=(
            "Dự hội nghị có ông Đoàn Thế Vinh, Phó Cục trưởng Cục Công Thương địa phương (Bộ Công Thương); đồng chí "
            "Hứa Văn Thịnh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Thái Nguyên; lãnh đạo các sở, ngành và đại diện "
            "Hiệp hội Doanh nghiệp tỉnh.",
            "Theo báo cáo của Sở Công Thương, tỉnh hiện có 35 cụm công nghiệp được quy hoạch với tổng diện tích gần "
            "1.400 ha. Đợt này, tỉnh giới thiệu 6 cụm công nghiệp đã có chủ đầu tư hạ tầng, tổng diện tích khoảng "
            "320 ha, trong đó Cụm công nghiệp Điềm Thụy rộng 120 ha và Cụm công nghiệp Kha Sơn rộng 75 ha có thể bàn "
            "giao mặt bằng ngay trong năm 2021.",
            "Bà Nguyễn Thị Ngân Hà, Giám đốc Sở Công Thương tỉnh Thái Nguyên cho biết, năm 2020 giá trị sản xuất "
            "công nghiệp của tỉnh đạt hơn 830.000 tỷ đồng, đứng thứ ba cả nước, chủ yếu nhờ các dự án điện tử có vốn "
            "FDI. Tuy nhiên, tỷ lệ nội địa hóa còn thấp; tỉnh mong muốn thu hút các doanh nghiệp công nghiệp hỗ "
            "trợ, cơ khí chế tạo vào các cụm công nghiệp để tham gia chuỗi cung ứng.",
            "Tại hội nghị, UBND tỉnh đã trao quyết định chủ trương đầu tư cho 8 dự án với tổng vốn đăng ký hơn "
            "1.765 tỷ đồng và khoảng 45 triệu USD. Trong đó, lớn nhất là dự án nhà máy sản xuất linh kiện nhựa kỹ "
            "thuật của Công ty TNHH Kỹ thuật Đông Hưng tại Cụm công nghiệp Điềm Thụy với vốn 28 triệu USD.",
            "Phát biểu tại hội nghị, đồng chí Hứa Văn Thịnh khẳng định, tỉnh cam kết tạo mọi điều kiện thuận lợi về "
            "thủ tục, mặt bằng, nguồn nhân lực cho nhà đầu tư; thực hiện cơ chế “một cửa liên thông” và rút ngắn "
            "30% thời gian giải quyết thủ tục so với quy định.",
            "Ông Đoàn Thế Vinh đánh giá, Thái Nguyên là một trong những địa phương làm tốt công tác phát triển cụm "
            "công nghiệp, đồng thời đề nghị tỉnh chú trọng xây dựng hệ thống xử lý nước thải tập trung trước khi đưa "
            "các dự án vào hoạt động.",
        ),
        related=(
            "Chủ tịch UBND tỉnh Dương Ngọc Khuê tiếp và làm việc với tập đoàn điện tử Hàn Quốc",
            "Thái Nguyên: Kim ngạch xuất khẩu quý I đạt 8,6 tỷ USD",
            "Phó Giám đốc Sở Kế hoạch và Đầu tư Lục Văn Hào: Gỡ vướng mặt bằng cho nhà đầu tư",
        ),
        related_names=("Dương Ngọc Khuê", "Lục Văn Hào"),
        officials=_o(
            ("Đoàn Thế Vinh", "Phó Cục trưởng Cục Công Thương địa phương"),
            ("Hứa Văn Thịnh", "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Thái Nguyên"),
            ("Nguyễn Thị Ngân Hà", "Giám đốc Sở Công Thương tỉnh Thái Nguyên"),
        ),
        figures=("120 ha", "khoảng 320 ha", "hơn 830.000 tỷ đồng", "hơn 1.765 tỷ đồng", "khoảng 45 triệu USD"),
        feed="atom",
    ),
    Article(
        key="hai-duong-san-pham-tieu-bieu",
        host=0,
        route="/tin-tuc/hai-duong-binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu.html",
        layout="b",
        title="Hải Dương: 35 doanh nghiệp có sản phẩm công nghiệp nông thôn tiêu biểu năm 2019",
        published="2019-08-21T15:30:00+07:00",
        author="Thu Trang",
        section="khuyen-cong",
        sapo="CNĐS - Ngày 20/8, Sở Công Thương tỉnh Hải Dương tổ chức lễ trao giấy chứng nhận sản phẩm công nghiệp nông "
        "thôn tiêu biểu cấp tỉnh năm 2019 cho 42 sản phẩm của 35 doanh nghiệp, cơ sở sản xuất.",
        paragraphs=(
            "Năm nay, Hội đồng bình chọn cấp tỉnh đã tiếp nhận 68 sản phẩm dự thi thuộc 4 nhóm: thủ công mỹ nghệ; "
            "chế biến nông, lâm, thủy sản; thiết bị, dụng cụ cơ khí và sản phẩm công nghiệp nông thôn khác. Kết quả, "
            "42 sản phẩm đạt chứng nhận, trong đó 16 sản phẩm được chọn tham gia bình chọn cấp khu vực miền Bắc tổ "
            "chức tại Hà Nam vào tháng 10/2019.",
            "Phát biểu tại buổi lễ, ông Vũ Đức Thuận - Phó Giám đốc Sở Công Thương tỉnh Hải Dương cho biết, toàn "
            "tỉnh có 62 làng nghề được công nhận, thu hút hơn 30.000 lao động. Các sản phẩm như bánh đậu xanh, bánh "
            "gai Ninh Giang, gốm Cậy, chạm khắc gỗ Đông Giao, vải thiều sấy Thanh Hà đã tạo dựng được thương hiệu "
            "trên thị trường trong nước và xuất khẩu.",
            "Theo ông Thuận, giá trị sản xuất công nghiệp nông thôn của tỉnh năm 2018 đạt khoảng 14.300 tỷ đồng, "
            "chiếm 9,2% giá trị sản xuất công nghiệp toàn tỉnh. Từ năm 2016 đến nay, nguồn kinh phí khuyến công đã "
            "hỗ trợ hơn 7,5 tỷ đồng cho các cơ sở đổi mới thiết bị, đăng ký nhãn hiệu và thiết kế bao bì sản phẩm.",
            "Bà Đỗ Thị Thanh Nhàn, Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Dương cho "
            "biết, sản phẩm được chứng nhận sẽ được ưu tiên hỗ trợ tham gia hội chợ, triển lãm trong và ngoài nước, "
            "được giới thiệu trên cổng thông tin điện tử của Sở và các sàn thương mại điện tử.",
            "Ông Phạm Văn Tiến, Giám đốc Công ty TNHH Thực phẩm Đông Hải, chia sẻ: “Chứng nhận sản phẩm tiêu biểu "
            "giúp khách hàng tin tưởng hơn. Năm nay công ty đã ký được hợp đồng xuất khẩu lô hàng đầu tiên trị giá "
            "khoảng 120.000 USD sang Đài Loan”.",
            "Dịp này, Sở Công Thương cũng phát động Cuộc thi thiết kế bao bì sản phẩm làng nghề năm 2019, dự kiến "
            "tổng kết vào tháng 12 tại TP Hải Dương.",
        ),
        related=(
            "Phó Chủ tịch UBND tỉnh Khúc Văn Thạch chỉ đạo phát triển cụm công nghiệp làng nghề",
            "Hải Dương: Xuất khẩu vải thiều đạt hơn 40 triệu USD",
            "Ông Tô Hữu Nghĩa được bầu làm Chủ tịch Hiệp hội Làng nghề tỉnh",
        ),
        related_names=("Khúc Văn Thạch", "Tô Hữu Nghĩa"),
        officials=_o(
            ("Vũ Đức Thuận", "Phó Giám đốc Sở Công Thương tỉnh Hải Dương"),
            ("Đỗ Thị Thanh Nhàn", "Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Dương"),
            ("Phạm Văn Tiến", "Giám đốc Công ty TNHH Thực phẩm Đông Hải"),
        ),
        figures=("35 doanh nghiệp", "khoảng 14.300 tỷ đồng", "9,2%", "hơn 7,5 tỷ đồng", "khoảng 120.000 USD"),
        feed="rss",
    ),
    Article(
        key="lao-cai-hoi-nghi-khuyen-cong-mien-nui",
        host=0,
        route="/tin-tuc/hoi-nghi-khuyen-cong-cac-tinh-mien-nui-phia-bac-2021.html",
        layout="b",
        title="Hội nghị khuyến công các tỉnh miền núi phía Bắc năm 2021",
        published="2021-12-16T09:45:00+07:00",
        author="Bảo Ngọc",
        section="khuyen-cong",
        sapo="CNĐS - Ngày 15/12, tại TP Lào Cai, Cục Công Thương địa phương (Bộ Công Thương) phối hợp với Sở Công Thương "
        "tỉnh Lào Cai tổ chức Hội nghị khuyến công các tỉnh miền núi phía Bắc năm 2021 theo hình thức trực tiếp kết "
        "hợp trực tuyến.",
        paragraphs=(
            "Chủ trì hội nghị có Thứ trưởng Bộ Công Thương Cao Minh Khuê; ông Triệu Văn Quyết, Phó Chủ tịch UBND "
            "tỉnh Lào Cai và ông Giàng A Sử, Giám đốc Sở Công Thương tỉnh Lào Cai. Tham dự có đại diện lãnh đạo Sở "
            "Công Thương, Trung tâm Khuyến công của 14 tỉnh miền núi phía Bắc.",
            "Báo cáo tại hội nghị cho thấy, giai đoạn 2016 - 2021, các tỉnh trong khu vực đã triển khai hơn 1.900 đề "
            "án khuyến công với tổng kinh phí khoảng 412 tỷ đồng, trong đó kinh phí khuyến công quốc gia chiếm 38%. "
            "Các đề án đã hỗ trợ hơn 2.300 cơ sở ứng dụng máy móc tiên tiến, đào tạo nghề cho khoảng 28.000 lao động "
            "nông thôn.",
            "Phát biểu tại hội nghị, Thứ trưởng Cao Minh Khuê nhấn mạnh, dù chịu ảnh hưởng của dịch Covid-19, các "
            "địa phương vẫn giải ngân được khoảng 91,5% kế hoạch vốn khuyến công năm 2021. Thứ trưởng đề nghị các "
            "tỉnh tập trung hỗ trợ những sản phẩm có lợi thế như chè, dược liệu, dệt thổ cẩm, chế biến gỗ, gắn với "
            "phát triển du lịch cộng đồng.",
            "Theo ông Triệu Văn Quyết, Lào Cai đã sử dụng nguồn khuyến công để hỗ trợ 25 hợp tác xã chế biến chè "
            "Shan tuyết, dược liệu và rượu ngô, qua đó nâng giá trị sản phẩm lên 1,5 - 2 lần. Tỉnh cũng đầu tư 3 "
            "cụm công nghiệp tại Bắc Hà, Bảo Thắng và Văn Bàn với tổng diện tích 150 ha.",
            "Tại hội nghị, đại diện các tỉnh Hà Giang, Sơn La, Điện Biên, Cao Bằng đã chia sẻ kinh nghiệm hỗ trợ đồng "
            "bào dân tộc thiểu số phát triển nghề truyền thống. Bà Hoàng Thị Thúy, Phó Giám đốc Trung tâm Khuyến "
            "công tỉnh Cao Bằng, đề xuất nâng mức hỗ trợ tối đa cho các cơ sở ở vùng đặc biệt khó khăn lên 500 triệu "
            "đồng để phù hợp với giá thiết bị hiện nay.",
            "Hội nghị khuyến công các tỉnh miền núi phía Bắc năm 2022 dự kiến được tổ chức tại tỉnh Yên Bái vào "
            "tháng 11/2022.",
        ),
        related=(
            "Thứ trưởng Đặng Hoàng Yến làm việc với tỉnh Điện Biên về phát triển công nghiệp",
            "Sơn La: Khuyến công hỗ trợ 12 cơ sở chế biến cà phê",
            "Giám đốc Sở Công Thương Hà Giang Vàng Seo Phìn: Đưa chè Shan tuyết ra thế giới",
        ),
        related_names=("Đặng Hoàng Yến", "Vàng Seo Phìn"),
        officials=_o(
            ("Cao Minh Khuê", "Thứ trưởng Bộ Công Thương"),
            ("Triệu Văn Quyết", "Phó Chủ tịch UBND tỉnh Lào Cai"),
            ("Giàng A Sử", "Giám đốc Sở Công Thương tỉnh Lào Cai"),
            ("Hoàng Thị Thúy", "Phó Giám đốc Trung tâm Khuyến công tỉnh Cao Bằng"),
        ),
        figures=("khoảng 412 tỷ đồng", "38%", "khoảng 91,5%", "150 ha", "500 triệu đồng"),
        feed="atom",
    ),
    # ---------------------------------------------------------------- host 0, encodings
    Article(
        key="cp1258",
        host=0,
        route="/cp1258.html",
        layout="b",
        title="Thanh Hóa: Đối thoại tháo gỡ khó khăn cho doanh nghiệp ngành công thương",
        published="2020-07-14T08:00:00+07:00",
        author="Lê Hà",
        section="doanh-nghiep",
        sapo="CNĐS - Sáng 13/7, tại TP Thanh Hóa, Sở Công Thương tỉnh Thanh Hóa tổ chức hội nghị đối thoại với gần 100 "
        "doanh nghiệp trong lĩnh vực công nghiệp, thương mại nhằm tháo gỡ khó khăn do ảnh hưởng của dịch Covid-19.",
        paragraphs=(
            "Chủ trì hội nghị có ông Mai Xuân Trường, Phó Chủ tịch UBND tỉnh Thanh Hóa và ông Lê Quang Hòa, Giám đốc "
            "Sở Công Thương tỉnh Thanh Hóa. Cùng dự có lãnh đạo Cục Thuế, Cục Hải quan, Bảo hiểm xã hội tỉnh, Ngân "
            "hàng Nhà nước chi nhánh Thanh Hóa và các ngân hàng thương mại.",
            "Theo báo cáo của Sở Công Thương, 6 tháng đầu năm 2020, chỉ số sản xuất công nghiệp của tỉnh tăng 9,7% "
            "nhờ Nhà máy lọc hóa dầu Nghi Sơn hoạt động ổn định; tuy nhiên các ngành da giày, may mặc giảm mạnh do "
            "thiếu đơn hàng. Kim ngạch xuất khẩu đạt khoảng 1,3 tỷ USD, giảm 4,5% so với cùng kỳ; nhiều doanh nghiệp "
            "phải cắt giảm ca làm, hơn 9.000 lao động bị ảnh hưởng.",
            "Tại hội nghị, đại diện các doanh nghiệp đã nêu 27 ý kiến, kiến nghị tập trung vào giãn, hoãn thuế, giảm "
            "lãi suất, thủ tục hải quan và chi phí logistics. Bà Trịnh Thị Hạnh, Tổng Giám đốc Công ty CP May xuất "
            "khẩu Hà Trung, cho biết công ty đã mất khoảng 40% đơn hàng sang thị trường Mỹ và đề nghị ngân hàng giữ "
            "nguyên hạn mức tín dụng trong năm 2020.",
            "Trả lời các kiến nghị, ông Lê Quang Hòa cho biết Sở sẽ tổng hợp, báo cáo UBND tỉnh những nội dung vượt "
            "thẩm quyền, đồng thời phối hợp với Trung tâm Khuyến công và Xúc tiến thương mại tỉnh tổ chức các chương "
            "trình kết nối tiêu thụ, đưa doanh nghiệp tham gia Hội chợ Hàng Việt Nam chất lượng cao tại Thanh Hóa "
            "vào tháng 9/2020.",
            "Kết luận hội nghị, ông Mai Xuân Trường yêu cầu các sở, ngành xem xét giải quyết dứt điểm kiến nghị "
            "trong thời hạn 15 ngày; đề nghị các ngân hàng tiếp tục cơ cấu lại nợ, giảm lãi suất từ 0,5 - 2% cho "
            "khách hàng bị ảnh hưởng. Theo ông Trường, gói hỗ trợ của tỉnh với tổng kinh phí hơn 230 tỷ đồng sẽ "
            "được giải ngân trước ngày 30/9/2020.",
        ),
        related=(
            "Phó Chủ tịch UBND tỉnh Đậu Quang Vinh kiểm tra tiến độ Khu kinh tế Nghi Sơn",
            "Thanh Hóa: Xuất khẩu 6 tháng đạt 1,25 tỷ USD",
            "Ông Hoàng Văn Thắm giữ chức Giám đốc Trung tâm Xúc tiến đầu tư tỉnh",
        ),
        related_names=("Đậu Quang Vinh", "Hoàng Văn Thắm"),
        officials=_o(
            ("Mai Xuân Trường", "Phó Chủ tịch UBND tỉnh Thanh Hóa"),
            ("Lê Quang Hòa", "Giám đốc Sở Công Thương tỉnh Thanh Hóa"),
            ("Trịnh Thị Hạnh", "Tổng Giám đốc Công ty CP May xuất khẩu Hà Trung"),
        ),
        figures=("9,7%", "khoảng 1,3 tỷ USD", "khoảng 40%", "hơn 230 tỷ đồng"),
        feed="rss",
        encoding="cp1258",
        meta_charset=None,
        header_charset="windows-1258",
    ),
    Article(
        key="lying",
        host=0,
        route="/lying.html",
        layout="a",
        title="Đắk Lắk khánh thành nhà máy chế biến cà phê hòa tan công suất 3.600 tấn/năm",
        published="2022-05-20T17:00:00+07:00",
        author="Hồng Vân",
        section="cong-nghiep",
        sapo="CNĐS - Ngày 19/5, tại Khu công nghiệp Hòa Phú, TP Buôn Ma Thuột, Công ty CP Cà phê Krông Ana tổ chức lễ "
        "khánh thành nhà máy chế biến cà phê hòa tan với công suất 3.600 tấn sản phẩm mỗi năm.",
        paragraphs=(
            "Dự lễ khánh thành có bà H'Bia Mlô, Phó Chủ tịch UBND tỉnh Đắk Lắk; ông Vũ Tiến Lâm, Giám đốc Sở Công "
            "Thương tỉnh Đắk Lắk và ông Trương Công Danh, Chủ tịch Hội đồng quản trị Công ty CP Cà phê Krông Ana.",
            "Nhà máy được xây dựng trên diện tích 4,5 ha với tổng vốn đầu tư khoảng 680 tỷ đồng, sử dụng công nghệ "
            "sấy phun và sấy thăng hoa nhập khẩu từ Đan Mạch. Mỗi năm, nhà máy tiêu thụ khoảng 10.000 tấn cà phê "
            "nhân, trong đó ưu tiên thu mua cà phê đạt chứng nhận bền vững của nông dân các huyện Krông Ana, Cư "
            "M'gar và Krông Pắc.",
            "Ông Trương Công Danh cho biết, sản phẩm cà phê hòa tan và cà phê sấy lạnh của công ty đã ký hợp đồng "
            "xuất khẩu sang Hàn Quốc, Nga và Trung Đông với giá trị khoảng 18 triệu USD trong năm đầu vận hành. Nhà "
            "máy tạo việc làm cho 220 lao động, phần lớn là người địa phương.",
            "Phát biểu tại buổi lễ, ông Vũ Tiến Lâm cho biết năm 2021, Đắk Lắk xuất khẩu hơn 230.000 tấn cà phê, kim "
            "ngạch đạt khoảng 610 triệu USD. Tuy nhiên, tỷ lệ cà phê chế biến sâu của tỉnh mới đạt khoảng 10%, thấp "
            "hơn nhiều so với mục tiêu 25% vào năm 2025.",
            "Bà H'Bia Mlô đánh giá cao việc doanh nghiệp đầu tư vào chế biến sâu, góp phần nâng cao giá trị hạt cà "
            "phê Buôn Ma Thuột. Bà đề nghị công ty tiếp tục liên kết với các hợp tác xã xây dựng vùng nguyên liệu "
            "khoảng 3.000 ha, bảo đảm truy xuất nguồn gốc theo quy định của thị trường châu Âu.",
            "Lễ khánh thành là một trong những hoạt động hướng tới Lễ hội Cà phê Buôn Ma Thuột lần thứ 8, dự kiến "
            "diễn ra vào tháng 3/2023.",
        ),
        related=(
            "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn Ngô Văn Hải: Tái canh cà phê đạt 95% kế hoạch",
            "Gia Lai: Khởi công nhà máy chế biến chanh dây 50 triệu USD",
            "Bí thư Tỉnh ủy Trần Quang Vinh thăm doanh nghiệp chế biến nông sản",
        ),
        related_names=("Ngô Văn Hải", "Trần Quang Vinh"),
        officials=_o(
            ("H'Bia Mlô", "Phó Chủ tịch UBND tỉnh Đắk Lắk"),
            ("Vũ Tiến Lâm", "Giám đốc Sở Công Thương tỉnh Đắk Lắk"),
            ("Trương Công Danh", "Chủ tịch Hội đồng quản trị Công ty CP Cà phê Krông Ana"),
        ),
        figures=("khoảng 680 tỷ đồng", "4,5 ha", "khoảng 18 triệu USD", "khoảng 610 triệu USD", "khoảng 10%"),
        feed="atom",
        meta_charset="iso-8859-1",
        header_charset="iso-8859-1",
    ),
    # ---------------------------------------------------------------- host 0, special routes
    Article(
        key="noi-bo",
        host=0,
        route="/private/noi-bo.html",
        layout="a",
        title="[BẢN NHÁP] Quảng Ninh: Sơ kết 6 tháng phát triển công nghiệp chế biến, chế tạo",
        published="2025-08-05T10:00:00+07:00",
        author="Ban Thư ký tòa soạn",
        section="cong-nghiep",
        sapo="CNĐS - Ngày 4/8, Sở Công Thương tỉnh Quảng Ninh tổ chức hội nghị sơ kết 6 tháng thực hiện kế hoạch phát "
        "triển công nghiệp chế biến, chế tạo năm 2025.",
        paragraphs=(
            "Theo ông Đào Quang Huy, Giám đốc Sở Công Thương tỉnh Quảng Ninh, 6 tháng đầu năm chỉ số sản xuất công "
            "nghiệp chế biến, chế tạo của tỉnh tăng khoảng 14,2%, cao nhất từ trước đến nay, nhờ các nhà máy sản "
            "xuất linh kiện điện tử, sợi và kính nổi tại Khu công nghiệp Sông Khoai và Bắc Tiền Phong đi vào hoạt "
            "động.",
            "Phó Chủ tịch UBND tỉnh Quảng Ninh Kiều Thị Thu Trang yêu cầu ngành Công Thương tập trung tháo gỡ vướng "
            "mắc về đất đai cho 12 dự án đang chậm tiến độ với tổng vốn đăng ký khoảng 1,9 tỷ USD, đồng thời chuẩn "
            "bị tổ chức Hội chợ Công nghiệp - Thương mại Quảng Ninh tại TP Hạ Long vào tháng 10/2025.",
            "Bà Lã Thị Phượng - Phó Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Quảng Ninh cho "
            "biết, nguồn khuyến công địa phương năm 2025 khoảng 4,6 tỷ đồng, tập trung hỗ trợ các cơ sở chế biến hải "
            "sản, rượu ba kích và sản phẩm OCOP ở vùng biển đảo như Vân Đồn, Cô Tô.",
            "Theo kế hoạch, 6 tháng cuối năm tỉnh sẽ khởi công thêm 4 cụm công nghiệp với tổng diện tích khoảng 210 "
            "ha và đưa 30 doanh nghiệp tham gia các hội chợ, triển lãm trong và ngoài nước.",
            "(Ghi chú của thư ký tòa soạn: chờ Sở Công Thương xác nhận số liệu trước khi xuất bản; không chia sẻ "
            "đường dẫn này ra ngoài.)",
        ),
        related=(
            "Chủ tịch UBND tỉnh Mạc Đăng Khoa tiếp nhà đầu tư Nhật Bản",
            "Quảng Ninh: Thu ngân sách 7 tháng đạt 31.000 tỷ đồng",
        ),
        related_names=("Mạc Đăng Khoa",),
        officials=_o(
            ("Đào Quang Huy", "Giám đốc Sở Công Thương tỉnh Quảng Ninh"),
            ("Kiều Thị Thu Trang", "Phó Chủ tịch UBND tỉnh Quảng Ninh"),
            ("Lã Thị Phượng", "Phó Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Quảng Ninh"),
        ),
        figures=("khoảng 14,2%", "khoảng 1,9 tỷ USD", "khoảng 4,6 tỷ đồng", "khoảng 210 ha"),
        kind="private",
    ),
    Article(
        key="flaky",
        host=0,
        route="/flaky.html",
        layout="a",
        title="Long An: Hội nghị kết nối doanh nghiệp với hệ thống phân phối hiện đại",
        published="2024-10-10T14:20:00+07:00",
        author="Thanh Tùng",
        section="thuong-mai",
        sapo="CNĐS - Ngày 9/10, tại TP Tân An, Sở Công Thương tỉnh Long An phối hợp với Sở Công Thương TP Hồ Chí Minh "
        "tổ chức Hội nghị kết nối cung cầu hàng hóa năm 2024 với sự tham gia của hơn 150 doanh nghiệp.",
        paragraphs=(
            "Tham dự hội nghị có ông Lư Minh Triết, Phó Chủ tịch UBND tỉnh Long An; bà Tôn Nữ Bảo Châu, Phó Giám đốc "
            "Sở Công Thương TP Hồ Chí Minh cùng đại diện các hệ thống siêu thị, chuỗi cửa hàng tiện lợi và sàn "
            "thương mại điện tử.",
            "Theo ông Bạch Văn Tâm, Giám đốc Sở Công Thương tỉnh Long An, 9 tháng năm 2024 tổng mức bán lẻ hàng hóa "
            "và doanh thu dịch vụ tiêu dùng của tỉnh đạt khoảng 74.900 tỷ đồng, tăng 10,3% so với cùng kỳ. Tỉnh có "
            "215 sản phẩm OCOP, nhưng mới có khoảng 40% sản phẩm có mặt tại hệ thống phân phối hiện đại ở TP Hồ Chí "
            "Minh.",
            "Phát biểu tại hội nghị, ông Lư Minh Triết đề nghị các doanh nghiệp nâng cao chất lượng, ổn định nguồn "
            "cung và đầu tư bao bì, nhãn mác. Tỉnh sẽ dành khoảng 3 tỷ đồng từ ngân sách xúc tiến thương mại để hỗ "
            "trợ doanh nghiệp tham gia các phiên chợ, tuần hàng tại TP Hồ Chí Minh trong quý IV.",
            "Bà Tôn Nữ Bảo Châu cho biết, TP Hồ Chí Minh tiêu thụ mỗi ngày khoảng 10.000 tấn lương thực, thực phẩm, "
            "trong đó nguồn cung từ Long An chiếm tỷ trọng lớn ở các mặt hàng gạo, rau củ, thanh long. Thành phố sẵn "
            "sàng kết nối để các hợp tác xã của Long An tham gia Chương trình bình ổn thị trường năm 2025.",
            "Kết thúc hội nghị, 42 biên bản ghi nhớ hợp tác đã được ký kết giữa doanh nghiệp Long An với các nhà "
            "phân phối, tổng giá trị hơn 380 tỷ đồng.",
        ),
        related=(
            "Phó Chủ tịch UBND tỉnh Hồ Tấn Lộc dự khai mạc Tuần hàng trái cây Long An",
            "Long An: Xuất khẩu 9 tháng đạt gần 7 tỷ USD",
        ),
        related_names=("Hồ Tấn Lộc",),
        officials=_o(
            ("Lư Minh Triết", "Phó Chủ tịch UBND tỉnh Long An"),
            ("Tôn Nữ Bảo Châu", "Phó Giám đốc Sở Công Thương TP Hồ Chí Minh"),
            ("Bạch Văn Tâm", "Giám đốc Sở Công Thương tỉnh Long An"),
        ),
        figures=("khoảng 74.900 tỷ đồng", "10,3%", "khoảng 40%", "khoảng 3 tỷ đồng", "hơn 380 tỷ đồng"),
        kind="flaky",
        feed="rss",
    ),
    Article(
        key="busy",
        host=0,
        route="/busy.html",
        layout="a",
        title="Bắc Ninh: Xuất khẩu tháng 1/2025 đạt hơn 5,2 tỷ USD",
        published="2025-02-18T09:10:00+07:00",
        author="Đức Anh",
        section="thuong-mai",
        sapo="CNĐS - Theo Sở Công Thương tỉnh Bắc Ninh, kim ngạch xuất khẩu tháng 1/2025 của tỉnh ước đạt hơn 5,2 tỷ "
        "USD, tăng khoảng 15,6% so với cùng kỳ, chủ yếu nhờ nhóm hàng điện thoại, máy tính và linh kiện điện tử.",
        paragraphs=(
            "Ông Kim Văn Dũng, Giám đốc Sở Công Thương tỉnh Bắc Ninh cho biết, các doanh nghiệp FDI tiếp tục chiếm "
            "khoảng 97% kim ngạch xuất khẩu của tỉnh. Đáng chú ý, một số dự án mới sản xuất máy chủ, thiết bị mạng "
            "và tấm pin năng lượng mặt trời tại các khu công nghiệp Yên Phong II-C và Quế Võ III đã bắt đầu xuất "
            "hàng.",
            "Tại buổi làm việc với Sở Công Thương ngày 17/2, Phó Chủ tịch UBND tỉnh Bắc Ninh Ngọ Duy Khang đề nghị "
            "ngành chủ động theo dõi các chính sách thương mại mới của Hoa Kỳ, hỗ trợ doanh nghiệp đa dạng hóa thị "
            "trường và nâng tỷ lệ nội địa hóa. Theo ông Khang, năm 2025 tỉnh phấn đấu kim ngạch xuất khẩu đạt khoảng "
            "62 tỷ USD.",
            "Trong lĩnh vực khuyến công, bà Chu Thị Minh Hải - Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại "
            "tỉnh Bắc Ninh cho biết, năm 2025 tỉnh bố trí khoảng 5,5 tỷ đồng hỗ trợ 20 cơ sở ở các làng nghề gỗ Đồng "
            "Kỵ, giấy Phong Khê, đồng Đại Bái đầu tư thiết bị xử lý môi trường và chuyển đổi số.",
            "Cũng theo Sở Công Thương, nhập khẩu tháng 1 ước đạt 4,4 tỷ USD; cán cân thương mại của tỉnh xuất siêu "
            "khoảng 800 triệu USD. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ dịp Tết Nguyên đán Ất Tỵ đạt hơn "
            "12.800 tỷ đồng, thị trường không xảy ra tình trạng sốt giá.",
        ),
        related=(
            "Chủ tịch UBND tỉnh Nghiêm Thế Phương tiếp Tổng Lãnh sự Hàn Quốc",
            "Bắc Ninh thu hút 1,6 tỷ USD vốn FDI trong tháng 1",
        ),
        related_names=("Nghiêm Thế Phương",),
        officials=_o(
            ("Kim Văn Dũng", "Giám đốc Sở Công Thương tỉnh Bắc Ninh"),
            ("Ngọ Duy Khang", "Phó Chủ tịch UBND tỉnh Bắc Ninh"),
            ("Chu Thị Minh Hải", "Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Bắc Ninh"),
        ),
        figures=("hơn 5,2 tỷ USD", "khoảng 15,6%", "khoảng 62 tỷ USD", "khoảng 5,5 tỷ đồng", "hơn 12.800 tỷ đồng"),
        kind="busy",
        feed="rss",
    ),
    Article(
        key="slow",
        host=0,
        route="/slow.html",
        layout="b",
        title="Phú Yên: Tập huấn nâng cao năng lực cho cán bộ khuyến công cơ sở",
        published="2019-05-28T16:00:00+07:00",
        author="Minh Nhật",
        section="khuyen-cong",
        sapo="CNĐS - Từ ngày 27 đến 29/5, tại TP Tuy Hòa, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Phú "
        "Yên tổ chức lớp tập huấn nâng cao năng lực cho 70 cán bộ làm công tác khuyến công cấp huyện, xã.",
        paragraphs=(
            "Phát biểu khai giảng, ông Lương Thế Bình, Phó Giám đốc Sở Công Thương tỉnh Phú Yên, cho biết trong giai "
            "đoạn 2016 - 2018, tỉnh đã thực hiện 46 đề án khuyến công với tổng kinh phí khoảng 9,2 tỷ đồng, hỗ trợ "
            "nhiều cơ sở sản xuất nước mắm, bánh tráng, mây tre đan và chế biến thủy sản đổi mới công nghệ.",
            "Tuy nhiên, đội ngũ cán bộ khuyến công cấp huyện, xã phần lớn kiêm nhiệm, thường xuyên thay đổi nên việc "
            "tuyên truyền, hướng dẫn cơ sở lập hồ sơ đề án còn lúng túng. Năm 2018, chỉ khoảng 65% số hồ sơ đăng ký "
            "được thẩm định đạt yêu cầu ngay lần đầu.",
            "Tại lớp tập huấn, các giảng viên đến từ Cục Công Thương địa phương và Trường Đại học Kinh tế, Đại học "
            "Huế đã hướng dẫn quy trình xây dựng kế hoạch khuyến công, kỹ năng lập và thẩm định đề án, cách đánh giá "
            "hiệu quả sau hỗ trợ. Học viên cũng được tham quan mô hình trình diễn kỹ thuật chế biến cá ngừ đông lạnh "
            "tại thị xã Sông Cầu.",
            "Bà Võ Thị Mỹ Lệ, Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Phú Yên cho biết, năm "
            "2019 Trung tâm được giao khoảng 2,4 tỷ đồng kinh phí khuyến công địa phương, phấn đấu hỗ trợ 15 cơ sở "
            "ứng dụng máy móc thiết bị và tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh vào "
            "tháng 8/2019.",
            "Kết thúc khóa học, các học viên sẽ làm bài kiểm tra và được cấp giấy chứng nhận hoàn thành chương trình.",
        ),
        related=(
            "Phó Chủ tịch UBND tỉnh Đàm Quốc Sĩ thăm làng nghề bánh tráng Hòa Đa",
            "Phú Yên: 9 sản phẩm đạt chứng nhận công nghiệp nông thôn tiêu biểu",
        ),
        related_names=("Đàm Quốc Sĩ",),
        officials=_o(
            ("Lương Thế Bình", "Phó Giám đốc Sở Công Thương tỉnh Phú Yên"),
            ("Võ Thị Mỹ Lệ", "Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Phú Yên"),
        ),
        figures=("khoảng 9,2 tỷ đồng", "khoảng 65%", "khoảng 2,4 tỷ đồng"),
        kind="slow",
    ),
    # ---------------------------------------------------------------- host 1, layout "c"
    Article(
        key="vinh-long-gach-gom",
        host=1,
        route="/tin-tuc/vinh-long-khuyen-cong-lang-nghe-gach-gom-mang-thit.html",
        layout="c",
        title="Vĩnh Long: Khuyến công giúp làng nghề gạch gốm Mang Thít chuyển mình",
        published="2023-09-14T09:15:00+07:00",
        author="Minh Tâm",
        section="khuyen-cong",
        sapo="ĐBO - Chiều 13/9, Sở Công Thương tỉnh Vĩnh Long tổ chức hội nghị triển khai Đề án hỗ trợ chuyển đổi công "
        "nghệ lò nung cho làng nghề gạch gốm Mang Thít giai đoạn 2023 - 2025.",
        paragraphs=(
            "Làng nghề gạch gốm Mang Thít hiện còn khoảng 1.200 lò nung thủ công, trong đó khoảng 800 lò đã ngừng "
            "hoạt động do khó khăn về thị trường và yêu cầu bảo vệ môi trường. Theo ông Khưu Văn Mến, Giám đốc Sở "
            "Công Thương tỉnh Vĩnh Long, đề án sẽ hỗ trợ 30 cơ sở chuyển sang lò nung tuynel và lò nung gas, mỗi cơ "
            "sở được hỗ trợ tối đa 400 triệu đồng từ nguồn khuyến công.",
            "Tổng kinh phí thực hiện đề án khoảng 28,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 12 tỷ đồng, phần còn "
            "lại do các cơ sở đối ứng và vay vốn ưu đãi. Khi hoàn thành, lượng trấu và củi sử dụng sẽ giảm khoảng "
            "60%, khí thải được xử lý đạt quy chuẩn kỹ thuật quốc gia.",
            "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Vĩnh Long Tạ Thị Bích Thủy yêu cầu gắn việc chuyển đổi "
            "lò nung với bảo tồn cảnh quan “vương quốc đỏ” để phát triển du lịch. Theo bà Thủy, năm 2022 làng nghề "
            "đón khoảng 52.000 lượt khách, nhiều lò gạch cũ có thể cải tạo thành điểm tham quan, trải nghiệm.",
            "Ông Lê Hoàng Nhân, Chủ tịch UBND huyện Mang Thít cho biết, huyện đã quy hoạch cụm công nghiệp gốm rộng "
            "52 ha tại xã Mỹ An để di dời các cơ sở sản xuất ra khỏi khu dân cư. Huyện cũng đề nghị tỉnh hỗ trợ "
            "kinh phí đào tạo thợ vận hành lò nung mới cho khoảng 300 lao động.",
            "Ông Trần Văn Tám, chủ một cơ sở gốm ở xã Mỹ An, chia sẻ: “Lò nung gas đắt gấp mấy lần lò thủ công, "
            "nhưng hàng ra đều màu, ít hư hao, khách nước ngoài đặt nhiều hơn. Có khuyến công hỗ trợ, gia đình tôi "
            "mới dám đầu tư”.",
            "Dịp này, Sở Công Thương phối hợp với Hội Gốm sứ tỉnh tổ chức Hội thảo “Giải pháp phát triển thương hiệu "
            "gốm đỏ Vĩnh Long” vào ngày 20/9/2023 tại thị trấn Cái Nhum.",
        ),
        related=(
            "Chủ tịch UBND tỉnh Lữ Quang Ngời tiếp đoàn doanh nghiệp Nhật Bản",
            "Vĩnh Long: Xuất khẩu gốm mỹ nghệ 8 tháng đạt 9,4 triệu USD",
            "Ông Phan Văn Liêm được bổ nhiệm Phó Giám đốc Sở Công Thương",
        ),
        related_names=("Lữ Quang Ngời", "Phan Văn Liêm"),
        officials=_o(
            ("Khưu Văn Mến", "Giám đốc Sở Công Thương tỉnh Vĩnh Long"),
            ("Tạ Thị Bích Thủy", "Phó Chủ tịch UBND tỉnh Vĩnh Long"),
            ("Lê Hoàng Nhân", "Chủ tịch UBND huyện Mang Thít"),
        ),
        figures=("400 triệu đồng", "khoảng 28,5 tỷ đồng", "12 tỷ đồng", "khoảng 60%", "52 ha"),
    ),
    Article(
        key="tra-vinh-phien-cho-hang-viet",
        host=1,
        route="/tin-tuc/tra-vinh-phien-cho-hang-viet-ve-cau-ngang.html",
        layout="c",
        title="Trà Vinh: Phiên chợ hàng Việt về huyện Cầu Ngang thu hút hàng nghìn lượt khách",
        published="2020-08-24T10:30:00+07:00",
        author="Kim Ngân",
        section="thuong-mai",
        sapo="ĐBO - Từ ngày 21 đến 23/8, Sở Công Thương tỉnh Trà Vinh phối hợp với UBND huyện Cầu Ngang tổ chức Phiên "
        "chợ hàng Việt về nông thôn năm 2020 tại xã Mỹ Long Nam, huyện Cầu Ngang.",
        paragraphs=(
            "Phiên chợ có 60 gian hàng của 28 doanh nghiệp, hợp tác xã trong và ngoài tỉnh, trưng bày các mặt hàng "
            "thiết yếu như thực phẩm chế biến, hàng may mặc, đồ gia dụng, nông cụ và đặc sản địa phương như bánh "
            "tét, mật hoa dừa, chả cá. Nhiều doanh nghiệp áp dụng chương trình giảm giá từ 10 - 30%.",
            "Phát biểu khai mạc, ông Thạch Sa Rinh, Phó Giám đốc Sở Công Thương tỉnh Trà Vinh, cho biết đây là phiên "
            "chợ thứ tư trong năm 2020 thuộc Chương trình đưa hàng Việt về nông thôn, hưởng ứng Cuộc vận động “Người "
            "Việt Nam ưu tiên dùng hàng Việt Nam”. Từ năm 2017 đến nay, tỉnh đã tổ chức 26 phiên chợ với doanh thu "
            "hơn 14 tỷ đồng.",
            "Theo ông Thạch Sa Rinh, do ảnh hưởng của dịch Covid-19, phiên chợ năm nay được tổ chức với quy mô nhỏ "
            "hơn, các gian hàng được bố trí giãn cách, người bán và người mua phải đeo khẩu trang, sát khuẩn tay "
            "trước khi vào khu vực chợ.",
            "Tham dự khai mạc còn có ông Kiên Văn Hiếu, Phó Chủ tịch UBND tỉnh Trà Vinh. Bà Huỳnh Thị Ngọc Diễm, Phó "
            "Chủ tịch UBND huyện Cầu Ngang cho biết, trong 3 ngày phiên chợ ước đạt doanh thu khoảng 620 triệu "
            "đồng; tổng mức bán lẻ hàng hóa 7 tháng của huyện đạt khoảng 1.150 tỷ đồng, tăng 6,8% so với cùng kỳ.",
            "Bà Thạch Thị Sa Ly, người dân ấp Bến Đáy, vui vẻ cho biết: “Hàng ở phiên chợ rẻ hơn ngoài chợ, lại có "
            "nguồn gốc rõ ràng nên tôi mua nhiều đồ dùng cho cả nhà”.",
            "Trong tháng 9/2020, Sở Công Thương dự kiến tổ chức phiên chợ tiếp theo tại huyện Trà Cú, đồng thời đưa "
            "15 doanh nghiệp tham gia Hội chợ Thương mại Đồng bằng sông Cửu Long tại TP Cần Thơ.",
        ),
        related=(
            "Phó Chủ tịch UBND tỉnh Sơn Thị Ánh Hồng kiểm tra thị trường hàng hóa",
            "Trà Vinh: Xuất khẩu 7 tháng đạt 285 triệu USD",
        ),
        related_names=("Sơn Thị Ánh Hồng",),
        officials=_o(
            ("Thạch Sa Rinh", "Phó Giám đốc Sở Công Thương tỉnh Trà Vinh"),
            ("Kiên Văn Hiếu", "Phó Chủ tịch UBND tỉnh Trà Vinh"),
            ("Huỳnh Thị Ngọc Diễm", "Phó Chủ tịch UBND huyện Cầu Ngang"),
        ),
        figures=("hơn 14 tỷ đồng", "khoảng 620 triệu đồng", "khoảng 1.150 tỷ đồng", "6,8%"),
    ),
    Article(
        key="syndicated",
        host=1,
        route="/tin-tuc/kien-giang-hoi-cho-thuong-mai-2019-thu-hut-320-gian-hang.html",
        layout="c",
        title="Kiên Giang: Khai mạc Hội chợ Thương mại 2019 với 320 gian hàng",
        published="2019-11-15T16:40:00+07:00",
        author="Ngọc Trân",
        section="thuong-mai",
        sapo="(Đồng Bằng Online) - Tối 14/11, tại Khu lấn biển Rạch Giá, Sở Công Thương tỉnh Kiên Giang khai mạc Hội chợ "
        "Thương mại Kiên Giang năm 2019. Hội chợ diễn ra từ ngày 14 đến 20/11 với 320 gian hàng của hơn 200 doanh "
        "nghiệp đến từ 25 tỉnh, thành phố.",
        paragraphs=(
            KIEN_GIANG_PARAGRAPHS[0].replace("người dân, du khách", "người dân và du khách"),
            KIEN_GIANG_PARAGRAPHS[1],
            KIEN_GIANG_PARAGRAPHS[2].split(" Tuy nhiên,")[0],
            *KIEN_GIANG_PARAGRAPHS[3:],
        ),
        related=(
            "Phó Giám đốc Sở Công Thương Cần Thơ Quan Minh Hiển: Hội chợ ĐBSCL sẽ có 500 gian hàng",
            "An Giang: Xuất khẩu gạo 10 tháng tăng 14%",
            "Chủ tịch UBND TP Rạch Giá Thái Văn Bửu tiếp nhà đầu tư Singapore",
        ),
        related_names=("Quan Minh Hiển", "Thái Văn Bửu"),
        officials=KIEN_GIANG_OFFICIALS,
        figures=("hơn 78.400 tỷ đồng", "11,6%", "khoảng 590 triệu USD", "hơn 25 tỷ đồng"),
        credit="Theo Báo Công nghiệp và Đời sống",
    ),
)

SYNDICATED_FROM = "kien-giang-hoi-cho-thuong-mai"  # key of the host-0 article that `syndicated` copies


def by_key(key: str) -> Article:
    for article in ARTICLES:
        if article.key == key:
            return article
    raise KeyError(key)
