"""The trigger lexicon and its guards: the schemas of the resource files, and what the
guards do on real sentences (VNTC and the seed pages)."""

from __future__ import annotations

import json
import unicodedata

import pytest

from sukien.events import EventCoder, load_event_lexicon
from sukien.events.codes import load_plover_codes
from sukien.events.lexicon import (
    GUARD_EFFECTS,
    GUARD_FORMS,
    GUARD_SIDES,
    GUARDS,
    NEAR_SIDES,
    SPLIT,
    SPLIT_GAP,
    TRIGGER_ACTORS,
    TRIGGER_FILES,
    TRIGGER_OBJECTS,
)
from sukien.resources import read_resource_text
from sukien.text import PhraseIndex, phrase_keys, words
from sukien.text.tones import tone_spellings
from tests.test_events import coded, sides

LEXICON = load_event_lexicon()
CODER = EventCoder(LEXICON)
COOPERATION = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def kinds(text: str) -> list[str]:
    """The trigger types found in a sentence (after blocked phrases and guards)."""
    return [found.trigger.type for found in CODER.triggers(words(text))]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(phrase_keys(unicodedata.normalize("NFC", phrase)))


def test_the_trigger_files_follow_their_schema() -> None:
    codes = load_plover_codes()
    main = json.loads(read_resource_text("event_triggers.json"))
    assert (main["resource"], main["version"]) == ("event_triggers", 27)
    assert "triggers" not in main and "blocked" not in main  # in their own files now
    # what an embedding type makes of its content is never a fact
    assert set(main["embedding"]) <= set(codes.quad)
    assert set(main["embedding"].values()) <= {"hypothetical", "denied"}
    # promises: types, CAMEO codes and trigger words that are there
    promises = main["promises"]
    assert set(promises) == {"types", "cameos", "words"} and set(promises["types"]) <= set(
        codes.quad)
    assert all(code.isdigit() for code in promises["cameos"]) and promises["words"]
    # every factive head is a verbal trigger of a type that takes content
    embedding_verbs = {phrase for filename, _, _ in TRIGGER_FILES
                       for raw in json.loads(read_resource_text(filename))["triggers"]
                       if raw["type"] in main["embedding"] for phrase in raw["verbal"]}
    assert main["factive"] and set(main["factive"]) <= embedding_verbs
    seen: dict[tuple[str, ...], str] = {}
    for filename, name, version in TRIGGER_FILES:
        data = json.loads(read_resource_text(filename))
        assert (data["resource"], data["version"]) == (name, version) and data["about"]
        wanted = COOPERATION if name.endswith("cooperation") else set(codes.quad) - COOPERATION
        assert {raw["type"] for raw in data["triggers"]} == wanted
        for raw in data["triggers"]:
            optional = {"object", "near", "near_reach", "near_side", "after", "gap", "clause",
                        "actor"}
            assert set(raw) - optional == {"type", "mode", "cameo", "dyadic", "symmetric",
                                           "verbal", "nominal"}, raw
            # a trigger that needs words near it names how near, and only then
            assert bool(raw.get("near")) == bool(raw.get("near_reach")), raw
            assert raw.get("near_side", "around") in NEAR_SIDES and (
                "near_side" not in raw or raw.get("near")), raw
            # a nearer gap is a split trigger's ('là … khiêu khích': within 5 words)
            assert "gap" not in raw or (0 < raw["gap"] <= SPLIT_GAP and any(
                SPLIT in words for words in raw["verbal"] + raw["nominal"])), raw
            # a tail kept to its head's clause is a split trigger's, and true when given
            assert raw.get("clause", True) is True and ("clause" not in raw or all(
                SPLIT in words for words in raw["verbal"] + raw["nominal"])), raw
            assert raw.get("object") in TRIGGER_OBJECTS, raw
            assert raw.get("actor", "state") in TRIGGER_ACTORS, raw
            assert raw["mode"] is None or raw["mode"] in codes.modes[raw["type"]], raw
            assert raw["cameo"].isdigit() and 2 <= len(raw["cameo"]) <= 4, raw
            assert isinstance(raw["dyadic"], bool) and isinstance(raw["symmetric"], bool)
            assert raw["verbal"] or raw["nominal"], raw
            # each phrase once in its entry
            assert len(set(raw["verbal"])) == len(raw["verbal"]), raw["verbal"]
            assert len(set(raw["nominal"])) == len(raw["nominal"]), raw["nominal"]
            for phrase in raw["verbal"] + raw["nominal"]:
                assert phrase == " ".join(phrase.split()) and phrase, raw
                # a phrase never matches across punctuation (``EventCoder.triggers``)
                assert not any(mark in phrase for mark in ',.;:!?"()“”'), phrase
                head, _, tail = phrase.partition(SPLIT)
                assert head.strip() and (not _ or tail.strip()), phrase
                for spelling in tone_spellings(phrase):
                    # one phrase, one meaning: never in two entries, in either tone placement
                    assert seen.setdefault(_key(spelling), raw["type"]) == raw["type"], phrase
                    seen[_key(spelling)] = raw["type"]
    # thousands of reviewed phrases, for every PLOVER type
    assert len({k for k in seen}) > 3000
    assert set(seen.values()) == set(codes.quad)


def test_the_guards_follow_their_schema() -> None:
    data = json.loads(read_resource_text(GUARDS[0]))
    assert (data["resource"], data["version"]) == GUARDS[1:] and data["about"]
    types = set(load_plover_codes().quad)
    for guard in data["guards"]:
        assert set(guard) - {"triggers", "spared", "clause"} == {"words", "side", "reach",
                                                                 "types", "form", "effect"}, guard
        assert guard.get("clause", False) in (True, False), guard
        assert guard["effect"] in GUARD_EFFECTS and guard["side"] in GUARD_SIDES
        assert guard["form"] in GUARD_FORMS and set(guard["types"]) <= types
        # at most about a sentence: football words anywhere near an "attack" make it play
        assert isinstance(guard["reach"], int) and 1 <= guard["reach"] <= 20
        assert guard["words"] and all(w == " ".join(w.split()) for w in guard["words"])
    assert len(set(data["blocked"])) == len(data["blocked"])
    written = {(t.words, t.type) for t in LEXICON.all_triggers()}
    for guard in data["guards"]:
        # a guard's trigger phrases are triggers of its types, as the trigger files write them
        assert all(any((phrase, kind) in written for kind in guard["types"])
                   for phrase in guard.get("triggers", ())), guard
        # the phrases a guard spares are triggers too, of its types if it names any
        assert all(any(words == phrase and (not guard["types"] or kind in guard["types"])
                       for words, kind in written)
                   for phrase in guard.get("spared", ())), guard
    triggers = {_key(t.words) for t in LEXICON.all_triggers() if t.type != "BLOCKED"}
    assert not [b for b in data["blocked"] if _key(b) in triggers]  # a phrase is one or other


@pytest.mark.parametrize("bare", ["ký", "đón", "liên lạc", "thư", "hứa", "sẵn sàng", "giúp",
                                  "thừa nhận", "chiếm", "kiểm soát", "đầu tư", "cấm"])
def test_a_bare_word_mostly_used_for_something_else_is_no_trigger(bare: str) -> None:
    # a split trigger ("ký … hiệp định") needs its tail: the bare head alone is none
    hit = LEXICON.triggers.longest(list(phrase_keys(bare)), 0, lambda t: not t.tail)
    assert hit is None or hit[0] != len(bare.split()) or hit[1].type == "BLOCKED", bare


def test_both_tone_placements_are_triggers() -> None:
    # VNTC: "thẩm phán sẽ tiến hành công tác hoà giải"; the new placement is 'hòa giải'
    assert kinds("Na Uy đứng ra hoà giải giữa hai bên.") == ["CONSULT"]
    assert kinds("Na Uy đứng ra hòa giải giữa hai bên.") == ["CONSULT"]
    assert tone_spellings("thỏa thuận") == ["thỏa thuận", "thoả thuận"]
    assert tone_spellings("quý") == ["quý"]  # 'qu' is a consonant, not a glide


@pytest.mark.parametrize(("text", "kind"), [
    # modifiers: a kind of submarine, aircraft, football line (VNTC)
    ("USS San Francsico dài 109,73 mét, là loại tàu ngầm tấn công lớp Los Angeles.", "ASSAULT"),
    ("Hàng tấn công của đội tuyển Tây Ban Nha tại Euro lần này được bố trí như thế nào?",
     "ASSAULT"),
    ("Đêm qua, tiền vệ tấn công Stefano Fiore ghi cả hai bàn.", "ASSAULT"),
    # a noun: a threat, no one threatened (VNTC)
    ("Tình trạng nhiễm arsen trong nước uống đang là mối đe dọa nghiêm trọng đến sức khỏe "
     "người dân ở Bangladesh và Ấn Độ.", "THREATEN"),
    # people, not what they did (VNTC)
    ("Ông khẳng định, binh sĩ Israel không cố tình bắn vào những người biểu tình.", "PROTEST"),
    # an idiom (VNTC)
    ("Họ đã đánh trúng vào tâm lý của giới trẻ.", "ASSAULT"),
    # named only to be broken: the attack is coded, not a ceasefire (VNTC)
    ("Tổ chức du kích Palestine này tuyên bố tiến hành tấn công vì Tel Aviv vi phạm lệnh "
     "ngừng bắn.", "RETREAT"),
    # an anniversary (VNTC)
    ("Chuyến thăm đúng dịp kỷ niệm 10 năm thiết lập quan hệ ngoại giao giữa hai nước.",
     "SUPPORT"),
    # an admission is not a concession (VNTC)
    ("Bùi Thái Sơn thừa nhận đã chạy tàu với tốc độ nhanh.", "CONCEDE"),
    # the topic of talks (seed 002)
    ("Mỹ sẵn sàng thảo luận với Nga về các hệ thống tên lửa và diễn tập quân sự của hai nước.",
     "MOBILIZE"),
    # 'giúp' alone is 'help to', not aid (seed 000)
    ("Tàu khu trục giúp Israel phòng thủ tên lửa.", "AID"),
    # a crime named as a charge, a place of detention, the doers (VNTC)
    ("Sáng nay, TAND thành phố Hà Nội mở phiên sơ thẩm, xét xử bị cáo Lý Bá Long về tội giết "
     "người.", "ASSAULT"),
    ("Theo ông Long, gần 3 năm ngồi trong trại tạm giam, sức khỏe của ông bị suy giảm "
     "nghiêm trọng.", "COERCE"),
    ("Jordanov cho biết những kẻ bắt cóc dẫn anh đến hơn 10 địa điểm.", "ASSAULT"),
    ("Các quan chức quân sự Mỹ tin rằng tướng Mowhoush đã hậu thuẫn về tài chính cho lực "
     "lượng nổi dậy Iraq.", "PROTEST"),
    ("Những người bị bắt đã được thả.", "COERCE"),
    ("Viên kỹ sư viễn thông này bị bắt cóc hôm thứ Sáu ở tỉnh Zabul.", "COERCE"),
    # meeting a difficulty, not a person (VNTC)
    ("Việc kiểm tra, đôn đốc các doanh nghiệp đóng BHXH cho công nhân hiện đang gặp nhiều "
     "khó khăn.", "CONSULT"),
    # 'cái gọi là' is 'so-called', no accusation (VNTC)
    ("Họ muốn duy trì cái gọi là khu vườn kỳ lạ do chúng dựng nên.", "ACCUSE"),
    # 'ban hành quyết định' is issuing a decision, not 'hành quyết' (VNTC)
    ("Thủ tướng Chính phủ vừa ký ban hành quyết định về phát triển giáo dục vùng ĐBSCL.",
     "ASSAULT"),
    # answering the phone, picking up passengers, misleading, speeding on a motorbike (VNTC)
    ("Chị gọi lại thì một người lạ bắt máy.", "COERCE"),
    ("Xe buýt dừng lại bắt khách dọc đường.", "COERCE"),
    ("Họ tỏ ra rất tài ba trong việc đánh lạc hướng dư luận.", "ASSAULT"),
    ("Anh phóng xe lên đồi D1 bố trí công việc cho thợ.", "ASSAULT"),
    # a phone as a thing, not a call (VNTC)
    ("Số tiền 50.000 đồng được coi là chi phí điện thoại cho trung tâm.", "CONSULT"),
    # an extradition treaty is no extradition (VNTC)
    ("Trung Quốc vừa ký hiệp ước dẫn độ với hơn 20 nước.", "COOPERATE"),
    # protesters counted, a ban on protests: no protest reported (VNTC)
    ("Kịch bản này có vẻ rất xa vời khi số lượng người biểu tình giảm đi một nửa.", "PROTEST"),
    ("Philippines mới đưa ra chính sách cấm biểu tình tự phát.", "PROTEST"),
    # words that only hold a trigger's syllables (VNTC; found among BKEE train's false ones)
    ("Lái xe đánh lái tránh nhưng không kịp.", "ASSAULT"),
    ("Hai mẹ con không còn đủ tiền để bắt xe về nhà.", "COERCE"),
    ("Mức án tuyên 8 tháng 16 ngày bằng với thời gian tạm giam.", "COERCE"),
    ("Vụ tai nạn khiến 2 cô gái đi xe máy ngã xuống đường.", "PROTEST"),
    ("Ban Công tác Xã hội tìm đến nhà của các gia đình công nhân bị TNLĐ nặng.", "PROTEST"),
    ("Trung sĩ Glenn Dickin nhìn những chiếc oanh tạc cơ chuẩn bị xuất kích sang Pháp.",
     "ASSAULT"),
    ("Khoảng 5.000 cảnh sát chống bạo động được sự yểm trợ của lực lượng quân đội.", "PROTEST"),
    ("Tên lửa Đông Phong-11 có tầm bắn 300 km.", "ASSAULT"),
    ("Những người phải tiếp xúc với chất độc thường mặc bộ đồ bảo hộ.", "CONSULT"),
    ("Rác thải của những quán này thi nhau xả xuống đường hầm.", "PROTEST"),
    # what is dropped or let go is no one freed (VNTC)
    ("Một chiếc B-29 bay trên đầu thành phố và thả hàng trăm tờ truyền đơn.", "RETREAT"),
    ("Những người tuần hành hôm qua đã thắp nến và thả bóng bay trắng.", "RETREAT"),
    # a protester named, not a protest reported (VNTC)
    ("Sáng sớm nay, một người biểu tình đã qua đời tại một bệnh viện địa phương.", "PROTEST"),
    ("Binh sĩ bắn chết người biểu tình.", "PROTEST"),
    # forcing someone to do something, no arrest (VNTC)
    ("Không có cớ nào lại bắt học sinh phải thi tuyển vào lớp 10.", "COERCE"),
    # a crime named as a charge (VNTC)
    ("Công an huyện đã bắt giam Hoàng Văn Khoán về tội cố ý gây thương tích.", "ASSAULT"),
    ("Cổ đông lớn thứ hai của Yukos bị cáo buộc giết người.", "ASSAULT"),
    # warnings of a risk, to one's own citizens, against violence: no threat (VNTC)
    ("Bộ Ngoại giao Mỹ cảnh báo những công dân sắp tới Ukraina về khả năng bất ổn.",
     "THREATEN"),
    ("Anh và Australia cảnh báo khả năng sẽ còn có thêm các cuộc tấn công mới.", "THREATEN"),
    ("Các phần tử cực đoan đã lấy trộm thiết bị chế tạo bom khỏi các cơ quan chính phủ.",
     "MOBILIZE"),
    # computers and markets, not armed attacks (VNTC science and business news)
    ("Cùng với loại trojan mới này là một cuộc tấn công phishing nhắm vào hơn 100 tổ chức.",
     "ASSAULT"),
    ("Người Việt Nam vẫn còn nhớ những đợt tấn công ấn tượng của virus Friday 13th.", "ASSAULT"),
    ("Hàng Trung Quốc đang ồ ạt xâm nhập thị trường Việt Nam.", "ASSAULT"),
    ("Họ cố gắng bọc lót cho nhau trước mọi bài tấn công của Bồ Đào Nha.", "ASSAULT"),
    # voters supporting a candidate are his electorate (VNTC, 2004)
    ("Phe Dân chủ trông chờ vào hạt Cuyahoga, sân nhà của các cử tri ủng hộ Kerry.", "SUPPORT"),
    # leaving talks is no withdrawal of forces (VNTC, 2005)
    ("Bình Nhưỡng thông báo rút khỏi các cuộc thảo luận 6 bên về chương trình hạt nhân.",
     "RETREAT"),
    # the procuracy's appeal against a verdict, no protest (VNTC)
    ("Tháng 6/1999, VKSND Tối cao kháng nghị bản án phúc thẩm số 01.", "PROTEST"),
    # befriending is no arrest (VNTC, tune)
    ("Khi bắt thân được với 2 phụ nữ dân tộc, Lê Kim Thoa đã rủ 2 phụ nữ này đi hát karaoke.",
     "COERCE"),
    # the cause of an accident investigated accuses no one (VNTC)
    ("Cuộc điều tra nguyên nhân tai nạn tập trung vào viên lái tàu 23 tuổi.", "ACCUSE"),
    ("Virgin Atlantic đang điều tra nguyên nhân kỹ thuật của sự cố nói trên.", "ACCUSE"),
    # a weapons programme is no test or deployment (VNTC)
    ("Mục tiêu của vòng đàm phán là thuyết phục Bình Nhưỡng chấm dứt chương trình phát triển "
     "vũ khí hạt nhân.", "MOBILIZE"),
    # a promise recalled, not made (VNTC, tune)
    ("Nguyên nhân cơ bản vẫn là các nhà thầu chậm góp vốn đầu tư như cam kết.", "AGREE"),
    # votes for a party, no endorsement (VNTC, tune)
    ("Dự kiến 287.000 phiếu ủng hộ đảng Cộng hoà.", "SUPPORT"),
    # crowds, fans and youths gathering, things dropped on the road: no protest (VNTC)
    ("Khách bây giờ sành lắm, dân mê bóng đá thích tụ tập.", "PROTEST"),
    ("Có đêm cả nhóm bạn Nam tụ tập lên đến 50 người.", "PROTEST"),
    ("Đó là những lúc trời nắng, còn khi mưa xuống đường trở nên lầy lội.", "PROTEST"),
    ("Nghe tiếng bịch, tôi cứ tưởng trong nhà ném rác xuống đường.", "PROTEST"),
    ("London thời chiến vẫn thường chứng kiến vô khối quân nhân đổ ra đường trong những ngày "
     "nghỉ.", "PROTEST"),
    # a ruling named as a noun, no conviction (VNTC, tune)
    ("Sau phán quyết, văn phòng luật này kháng cáo.", "SANCTION"),
    ("Tất nhiên, phán quyết này mặc dù phù hợp với quy định pháp luật nhưng không thể thỏa mãn "
     "mong muốn của những người bị hại.", "SANCTION"),
    # a judgment named, no conviction (VNTC)
    ("Cũng theo bản án của tòa, hai lãnh đạo của trạm Tân Thanh bị kết luận có sai phạm.",
     "SANCTION"),
    ("Trong khi trốn chấp hành bản án về hành vi cướp sới bạc, Đỗ Thị Thanh Thủy lại phạm tội.",
     "SANCTION"),
    # a meeting named as where a talk was held (VNTC, tune)
    ("Trao đổi với VNExpress bên lề cuộc họp, Chủ tịch QH Nguyễn Văn An cho biết.", "CONSULT"),
])
def test_a_guard_or_a_blocked_phrase_keeps_what_only_looks_like_a_trigger_out(
        text: str, kind: str) -> None:
    assert kind not in kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Tổng thống Iran gọi Mỹ là tội phạm chiến tranh.", "ACCUSE"),  # VNTC, split trigger
    ("Thậm chí cảnh sát còn đã nổ súng vào người biểu tình.", "ASSAULT"),  # VNTC
    ("Tel Aviv vi phạm lệnh ngừng bắn.", "ASSAULT"),
    ("Ông từ chối đối thoại với 2 đảng thế tục chính.", "REJECT"),  # VNTC
    ("Quân đội Nga đã phá hủy một kho đạn của Ukraine.", "ASSAULT"),
    ("Chính phủ ban bố lệnh giới nghiêm tại thủ đô.", "COERCE"),
    ("Hải quân nước này phong tỏa eo biển.", "COERCE"),
    ("Mỹ thu hồi thị thực của các quan chức Nga.", "SANCTION"),
    ("Ngoại trưởng Anh đánh giá cao vai trò của Việt Nam.", "SUPPORT"),
    ("Bộ trưởng Quốc phòng huy động quân dự bị.", "MOBILIZE"),
    ("Hàng nghìn người đổ ra đường bạo loạn.", "PROTEST"),
    ("Cũng trong ngày 10/6, có một số người tụ tập trước trụ sở.", "PROTEST"),  # people did
    # a court hands down its judgment (VNTC)
    ("Sáng nay, TAND tỉnh Phú Thọ vừa ra bản án với 22 bị cáo trong vụ án ma tuý.", "SANCTION"),
    # people pouring or marching into the streets (VNTC)
    ("Hàng ngàn người vẫn đổ xuống đường phố ở Quito để phản đối Tổng thống.", "PROTEST"),
    ("Khoảng 80.000 người Tel Aviv đã xuống đường.", "PROTEST"),
    ("Ít nhất 16 người bị bắt.", "COERCE"),  # VNTC; 'những người bị bắt' are the arrested
    ("Viên kỹ sư viễn thông này bị bắt cóc hôm thứ Sáu ở tỉnh Zabul.", "ASSAULT"),  # VNTC
    # BKEE's training triggers the lexicon lacked (the sentences are VNTC's or our own)
    ("Người nông dân bỗng ra tay truy sát những người hàng xóm.", "ASSAULT"),  # VNTC
    ("Nhóm côn đồ xông vào đấm đá anh Tuấn.", "ASSAULT"),
    ("Công dân Australia gốc Việt này đã bị tử hình ở Singapore.", "ASSAULT"),  # VNTC
    ("Hãy gọi điện thoại cho tôi nếu cháu tình cờ thấy được cái ví của tôi.", "CONSULT"),
    ("Thủ tướng Nhật Bản điện thoại cho Tổng thống Hàn Quốc.", "CONSULT"),
    ("Cuối tháng 8/1987, ông Ơi được tha về do cải tạo tốt.", "RETREAT"),  # VNTC
])
def test_the_phrases_the_issue_found_missing_are_triggers(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_an_acquittal_is_a_concession_not_a_release() -> None:
    # VNTC; the PLOVER manual: "formal pardons, acquittals, and amnesties of arrested persons
    # should be coded as CONCEDE; the actual release … as RETREAT"
    assert kinds("Năm 2004 ông được tha bổng.") == ["CONCEDE"]
    assert kinds("Hai nhà báo đã được trả tự do.") == ["RETREAT"]


def test_an_extradition_is_judicial_cooperation_not_an_arrest() -> None:
    # VNTC; the PLOVER manual codes extraditions as COOPERATE (CAMEO 063)
    found = kinds("Sau đó, người này sẽ bị dẫn độ sang Mỹ để xét xử.")
    assert "COOPERATE" in found and "COERCE" not in found


def test_a_split_trigger_needs_a_word_between_head_and_tail() -> None:
    assert "ACCUSE" in kinds("Họ gọi Mỹ là những tên khủng bố.")
    assert "ACCUSE" not in kinds("Loại tàu này được gọi là tàu ngầm hạt nhân.")


def test_a_refused_or_disavowed_event_is_denied_not_occurred() -> None:
    # VNTC: "… bằng cách liên tục từ chối tham gia đàm phán 6 bên"
    found = {f.trigger.type: f for f in CODER.triggers(words(
        "Bình Nhưỡng liên tục từ chối tham gia đàm phán 6 bên."))}
    assert found["CONSULT"].status == "denied" and found["REJECT"].status is None
    attack, = [e for e in coded("Quân đội Nga phủ nhận đã tấn công dân thường ở Ukraine.")
               if e.type == "ASSAULT"]
    assert attack.status == "denied" and sides(attack)[0] == {"RUS"}


def test_what_is_only_allowed_is_hypothetical() -> None:
    # seed 000: 'sẽ cho phép Israel triển khai thêm lực lượng tới biên giới Liban'
    move, = [e for e in coded("Thủ tướng Israel nói việc kết thúc giao tranh ở Gaza sẽ cho "
                              "phép Israel triển khai thêm lực lượng tới biên giới Liban.")
             if e.type == "MOBILIZE"]
    assert move.status == "hypothetical"


def test_a_phrase_may_start_only_where_its_first_two_words_stand() -> None:
    index: PhraseIndex[str] = PhraseIndex()
    for phrase in ("cuộc tấn công", "tấn công", "bắt"):
        index.add(phrase, phrase)
    keys = list(phrase_keys("cuộc họp rồi cuộc tấn công và bắt giữ"))
    assert index.start_indices(keys) == [3, 4, 7]  # not the 'cuộc' of 'cuộc họp'
    assert index.start_indices(keys, 4, 6) == [4]
    assert index.longest(keys, 3) == (3, "cuộc tấn công")


def test_the_phrases_ending_before_a_word_are_found_shortest_first() -> None:
    # 'Syria khẳng định rằng không …': the verb of assertion ends before the negation
    index: PhraseIndex[str] = PhraseIndex()
    for phrase in ("khẳng định", "khẳng định rằng", "rằng"):
        index.add(phrase, "introducer")
    keys = list(phrase_keys("Syria khẳng định rằng không liên quan"))
    assert list(index.widths_ending(keys, 4, "introducer", 3)) == [1, 3]
    assert list(index.widths_ending(keys, 4, "introducer", 2)) == [1]
    assert not list(index.widths_ending(keys, 2, "introducer", 3))  # 'khẳng' alone is none


@pytest.mark.parametrize(("text", "expected"), [
    ("Hezbollah phóng nhiều tên lửa về phía Israel.", [("ASSAULT", "heavy-weapons")]),
    ("Nga đã phóng hơn 300 máy bay không người lái vào Ukraine.", [("ASSAULT", "drone")]),
    ("Ngày 30/12, Trung Quốc đã phóng vệ tinh đầu tiên.", []),
    ("Một trực thăng Black Hawk được phóng lên để chặn chiếc Cessna.", []),
    ("Họ đã thấy tàu Ổn Phong bắn pháo hiệu cấp cứu SOS.", []),
    ("Trận bạo động do những thanh niên nhập cư gây ra tại ngoại ô Paris.", [("PROTEST", "riot")]),
])
def test_launches_flares_and_suburbs_are_no_attack_or_release(
        text: str, expected: list[tuple[str, str]]) -> None:
    """VNTC sentences: a split trigger's head shared by several tails finds the one that
    follows; space launches, flares and suburbs trigger nothing."""
    found = EventCoder(load_event_lexicon()).triggers(words(text))
    assert [(f.trigger.type, f.trigger.mode) for f in found] == expected


def test_a_split_trigger_whose_tail_follows_wins_over_its_bare_head() -> None:
    # VNTC: 'thả … bom' is an air strike where bare 'thả' is a release
    assert kinds("Mỹ thả hai quả bom xuống Hiroshima và Nagasaki năm 1945.") == ["ASSAULT"]
    assert kinds("Phiến quân đã thả 3 con tin người Nhật.") == ["RETREAT"]


def test_a_split_triggers_tail_matches_in_both_tone_placements() -> None:
    # VNTC (The gioi): 'ký … thỏa thuận' in the old placement 'thoả thuận'
    tails = {t.tail for _, t in LEXICON.triggers.matches_at(phrase_keys("ký một thoả thuận"), 0)}
    assert tuple(phrase_keys("thoả thuận")) in tails and tuple(phrase_keys("thỏa thuận")) in tails
    # tune: Hu Jintao's words to Bush, 'bằng những biện pháp hoà bình' in the old placement
    found = CODER.triggers(words("Bắc Kinh sẽ nỗ lực hết sức để giải quyết vấn đề Đài Loan bằng "
                                 "những biện pháp hoà bình."))
    assert [(f.trigger.type, f.trigger.cameo) for f in found] == [("AGREE", "037")]


def test_every_retype_applies_to_some_trigger_and_gives_a_known_code() -> None:
    plover = load_plover_codes()
    assert LEXICON.retypes
    for retype in LEXICON.retypes:
        assert any(retype.applies_to(t) for t in LEXICON.all_triggers()), retype
        assert retype.mode is None or retype.mode in plover.modes[retype.type]
        assert LEXICON.mode_cameos[(retype.type, retype.mode)] == retype.cameo
        assert len(set(retype.objects)) == len(retype.objects) and all(retype.objects)


def test_a_retyped_trigger_keeps_its_words_and_takes_the_type_its_object_gives() -> None:
    found = CODER.triggers(words("Iran kịch liệt phản đối yêu cầu của EU"))[0]
    assert (found.trigger.words, found.trigger.type) == ("kịch liệt phản đối", "REJECT")
    assert kinds("Iran kịch liệt phản đối EU") == ["ACCUSE"]
