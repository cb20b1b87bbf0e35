"""Reader-facing explanations of bounce reasons, in Japanese and English.

This module is the one place these texts live: the error-mail page
(docs/errors.md, via tools/gen_errors.py) is rendered from :data:`FAMILIES`,
and the in-page analyzer shows :func:`explain` for the reason the bounce
engine found.  Writing them once keeps the page and the analyzer from
telling the reader two different things.

Contract (other code relies on it; keep it stable):

- :data:`REASON_FAQ` maps a Sisimai reason name to a section id of the
  error-mail page; the ids are anchors other pages and the analyzer link to.
- ``faq_for(reason) -> str`` gives that id (``"other"`` when unknown).
- ``explain(reason, lang="ja") -> dict`` gives the texts for one reason.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keeps typing out of the CLI's start-up
    from typing import Any

# Sisimai reason -> section id on the error-mail page (docs/errors.md).
REASON_FAQ: dict[str, str] = {
    "authfailure": "auth",
    "userunknown": "user-unknown",
    "hasmoved": "user-unknown",
    "mailboxfull": "mailbox-full",
    "blocked": "dnsbl",
    "badreputation": "dnsbl",
    "notcompliantrfc": "bare-lf",
    "norelaying": "relay-denied",
    "securityerror": "relay-denied",
    "hostunknown": "host-unknown",
    "notaccept": "host-unknown",
    "emailtoolarge": "too-large",
    "ratelimited": "rate-limited",
    "expired": "timeout",
    "networkerror": "timeout",
    "requireptr": "reverse-dns",
    "failedstarttls": "tls",
    "spamdetected": "content-filter",
    "virusdetected": "content-filter",
    "contenterror": "content-filter",
    "policyviolation": "content-filter",
    "filtered": "recipient-filter",
    "rejected": "sender-rejected",
    "syntaxerror": "sender-rejected",
    "suspend": "suspended",
    "systemerror": "server-error",
    "systemfull": "server-error",
    "mailererror": "server-error",
    "suppressed": "suppressed",
    "feedback": "feedback",
    "vacation": "auto-reply",
    "delivered": "delivered",
    "onhold": "other",
    "undefined": "other",
}


def faq_for(reason: str) -> str:
    return REASON_FAQ.get(reason, "other")


LANGS = ("ja", "en")
TEXT_FIELDS = ("title", "summary", "meaning", "actions", "support")

# One entry per section of the error-mail page, in page order.
#   hard: True  = permanent (resending the same mail fails again until fixed),
#         False = temporary (the server may retry or a later resend may work),
#         "code" = either: the bounce's code says which (4.x.x temporary, 5.x.x permanent),
#         None  = not a delivery failure at all (reports, auto-replies);
#   contact_support: whether the usual answer is "contact support"; the
#         "support" text says when to contact support in every case.
#   examples: server messages as they appear in bounces (kept in English,
#         because that is how the reader sees them).
FAMILIES: dict[str, dict[str, Any]] = {
    "auth": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender "
            "and Gmail users, and has been blocked. The sender must authenticate with at least "
            "one of SPF or DKIM.",
            "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy.",
            "550-5.7.27 Your email has been blocked because the sender is unauthenticated.",
            "550 5.7.9 This mail has been blocked because the sender is unauthenticated.",
        ),
        "ja": {
            "title": "送信元の認証(SPF・DKIM・DMARC)で拒否された",
            "summary": "あなたのドメインから正しく送られたメールだと、相手側で確認できませんでした。",
            "meaning": (
                "Gmail や Yahoo! などは 2024年2月から、差出人のドメインが SPF か DKIM で"
                "認証できないメールを受け取らなくなりました。1日に 5,000 通以上送る大量送信者は、"
                "SPF・DKIM・DMARC のすべてを設定し、差出人(From)のドメインと認証されたドメインを"
                "一致させ、ワンクリックで配信停止できるようにし(RFC 8058)、迷惑メール率を 0.3% "
                "未満に保つ必要があります。5.7.26 や 5.7.27 はこの確認に通らなかったという意味です。"
            ),
            "actions": (
                "ドメインの DNS に SPF レコード(TXT)があり、"
                "実際に送っているサーバが含まれているか確認してください。",
                "DKIM 署名を有効にし、公開鍵を DNS に登録してください。",
                "DMARC レコード(_dmarc.ドメイン名 の TXT)を登録してください。p=none から始められます。",
                "ホームページのフォームや配信サービスなど、別のシステムがあなたのドメイン名で送っている場合は、"
                "そのシステムも SPF に加えるか、DKIM 署名を設定してください。",
                "大量に送る場合は、ワンクリックの配信停止を付け、迷惑メールと報告されないよう送信先を見直してください。",
            ),
            "support": (
                "DNS を当社で管理していて設定方法が分からないとき、設定したのに拒否が続くとき、"
                "または当サーバの転送設定で Gmail などへ転送したメールがこのエラーで戻るときは、"
                "エラーメールを添えてサポートへご相談ください。"
            ),
        },
        "en": {
            "title": "Rejected by sender authentication (SPF, DKIM, DMARC)",
            "summary": "The receiving side could not confirm that the mail really came from your domain.",
            "meaning": (
                "Since February 2024 Gmail, Yahoo and others refuse mail whose sender domain passes "
                "neither SPF nor DKIM. Bulk senders (5,000 or more messages a day) need SPF, DKIM and "
                "DMARC together, a From domain aligned with the authenticated domain, one-click "
                "unsubscribe (RFC 8058) and a spam rate below 0.3%. Codes 5.7.26 and 5.7.27 mean the "
                "mail failed these checks."
            ),
            "actions": (
                "Check that your domain's DNS has an SPF (TXT) record "
                "that includes the server you send through.",
                "Turn on DKIM signing and publish its public key in DNS.",
                "Publish a DMARC record (TXT at _dmarc.your-domain); p=none is a fine start.",
                "If a web form or a newsletter service sends in your domain's name, add it to SPF "
                "or set up DKIM for it too.",
                "If you send in bulk, add one-click unsubscribe and clean your list so recipients "
                "do not report you as spam.",
            ),
            "support": (
                "Contact support with the error mail if we run your DNS and you are unsure how to set "
                "it up, if rejections continue after you set it up, or if mail forwarded by our "
                "server to Gmail or similar bounces with this error."
            ),
        },
    },
    "user-unknown": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "550 5.1.1 <taro@example.com>: Recipient address rejected: User unknown",
            "550-5.1.1 The email account that you tried to reach does not exist.",
            "550 5.1.1 Unknown user",
        ),
        "ja": {
            "title": "宛先のアドレスが存在しない",
            "summary": "宛先のメールアドレスが、相手のサーバに見つかりませんでした。",
            "meaning": (
                "アドレスの書き間違い、または相手がそのアドレスを使わなくなったことがほとんどです。"
                "相手のサーバがあなたのメールを拒否しているときに、同じメッセージを返す場合もあります。"
            ),
            "actions": (
                "宛先のつづりを 1 文字ずつ確認してください(例: gmail.com と gmial.com、"
                "ドット・ハイフン・アンダーバーの違い)。",
                "電話や別のアドレスで、相手に正しいアドレスを確かめてください。",
                "アドレス帳や送信先リストに古いアドレスが残っていれば、直すか削除してください。",
            ),
            "support": (
                "アドレスが確かに正しく、相手も使っていると確認できたのに同じエラーが続く場合は、"
                "エラーメールを添えて早めにサポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "The recipient address does not exist",
            "summary": "The recipient's server does not know the address you sent to.",
            "meaning": (
                "Almost always the address is mistyped or no longer used. Some servers also answer "
                "this way when they refuse your mail for another reason."
            ),
            "actions": (
                "Check the address letter by letter (gmail.com vs gmial.com; dots, hyphens, underscores).",
                "Confirm the address with the recipient by phone or another address.",
                "Fix or remove the old address in your address book or mailing list.",
            ),
            "support": (
                "If the address is surely correct and in use but the error keeps coming back, "
                "contact support soon and attach the error mail."
            ),
        },
    },
    "mailbox-full": {
        "hard": False,
        "contact_support": False,
        "examples": (
            "552 5.2.2 <hanako@example.com>: Mailbox full",
            "452-4.2.2 The email account that you tried to reach is over quota.",
            "550 5.2.2 User mailbox exceeds allowed size",
        ),
        "ja": {
            "title": "宛先のメールボックスが満杯",
            "summary": "相手のメールボックスの容量がいっぱいで、受け取ってもらえませんでした。",
            "meaning": (
                "相手の受信箱に空きがない状態です。あなたの設定に問題はありません。"
                "相手が古いメールを削除すれば、また受け取れるようになります。"
            ),
            "actions": (
                "電話や別のアドレスなど別の手段で、相手にメールボックスの整理をお願いしてください。",
                "整理が済んだと分かってから、もう一度送ってください。短い間隔での再送は避けてください。",
                "大きな添付ファイルを送っていた場合は、小さくするか共有サービスを使ってください。",
            ),
            "support": (
                "宛先があなた自身のドメインのアドレスで、容量を増やしたい場合は、"
                "コントロールパネルを確認するかサポートへご相談ください。"
            ),
        },
        "en": {
            "title": "The recipient's mailbox is full",
            "summary": "The recipient's mailbox has no space left, so the mail was not accepted.",
            "meaning": (
                "The recipient's mailbox is full; your settings are fine. Once the recipient deletes "
                "old mail, delivery works again."
            ),
            "actions": (
                "Ask the recipient by phone or another address to clean up their mailbox.",
                "Send again once they have done so; do not resend over and over in a short time.",
                "If you attached large files, make them smaller or use a file-sharing service.",
            ),
            "support": (
                "If the full mailbox is an address of your own domain and you want more space, "
                "check the control panel or ask support."
            ),
        },
    },
    "dnsbl": {
        "hard": "code",
        "contact_support": True,
        "examples": (
            "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
            "550 5.7.1 Email blocked by bl.spamcop.net",
            "550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating "
            "from your IP address.",
            "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume "
            "or user complaints",
        ),
        "ja": {
            "title": "送信元のサーバがブラックリストに載っている",
            "summary": "送信したサーバの IP アドレスが、迷惑メールの送信元として拒否されました。",
            "meaning": (
                "受信側は DNSBL(DNS ブラックリスト)や独自の評価で、迷惑メールを多く出した"
                "IP アドレスからのメールを拒否します。角かっこ [ ] 内の数字が拒否された IP アドレスで、"
                "「blocked using」の後ろが使われたリストの名前です。"
            ),
            "actions": (
                "エラーメールの中で、拒否された IP アドレスとリスト名を確認してください。",
                "その IP アドレスが当社の送信サーバなら、すぐにサポートへご連絡ください。",
                "自社のネットワークや自分のサーバから直接送っている場合は、その管理者に確認してください。",
                "パスワードが漏れて迷惑メールの送信に使われていないか、パソコンのウイルス対策と合わせて確認し、"
                "念のためパスワードを変更してください。",
            ),
            "support": (
                "拒否された IP アドレスが当社の送信サーバのものなら、エラーメールを添えてすぐに"
                "サポートへご連絡ください。当社で調べ、必要に応じて掲載の解除を申請します。"
            ),
        },
        "en": {
            "title": "The sending server is on a blocklist",
            "summary": "The IP address of the sending server was refused as a source of spam.",
            "meaning": (
                "Receiving servers refuse mail from IP addresses that a DNS blocklist (DNSBL) or their "
                "own scoring has marked for spam. The number in brackets [ ] is the refused IP address; "
                'the name after "blocked using" is the list.'
            ),
            "actions": (
                "Find the refused IP address and the list name in the error mail.",
                "If that address is our sending server, contact support right away.",
                "If you send directly from your office network or your own server, ask its administrator.",
                "Make sure your password has not leaked and is not being used to send spam; check your "
                "computer for malware and change the password to be safe.",
            ),
            "support": (
                "If the listed server is our own sending server, contact support immediately with the "
                "error mail; we look into it and request delisting where needed."
            ),
        },
    },
    "bare-lf": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "521 5.5.2 mx.example.net Error: bare <LF> received after DATA (1234 bytes)",
            "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds",
        ),
        "ja": {
            "title": "改行コードが不正(bare LF)",
            "summary": "送信したプログラムの改行コードが規格どおり(CR LF)ではありませんでした。",
            "meaning": (
                "メールの改行は <CR><LF> と決まっています。<LF> だけの改行は「SMTP スマグリング」と"
                "呼ばれる攻撃に悪用されたため、2023年末から 2024年1月ごろにかけて、多くのサーバが"
                "受け付けなくなりました。自作のシステムや配信システム、ホームページのフォームなどで"
                "起こります。Outlook や macOS の「メール」のような一般的なメールソフトでは起こりません。"
            ),
            "actions": (
                "どのプログラムから送ったメールか(フォーム、業務システム、配信システムなど)を確認してください。",
                "そのプログラムが改行を <CR><LF> で送るように、開発者や提供元に修正を依頼してください。",
                "修正されるまでは、一般的なメールソフトから送ってください。",
            ),
            "support": (
                "当社のサーバの問題ではないため、送信しているプログラムの修正が必要です。"
                "一般的なメールソフトから送ってもこのエラーになる場合だけ、サポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "Invalid line endings (bare LF)",
            "summary": "The program that sent the mail did not use standard CR LF line endings.",
            "meaning": (
                "Mail lines must end with <CR><LF>. Lines ending in a bare <LF> were abused for "
                '"SMTP smuggling", so from late 2023 to January 2024 many servers began to refuse '
                "them. It happens with home-made systems, newsletter systems and web forms, not with "
                "common mail programs such as Outlook or Apple Mail."
            ),
            "actions": (
                "Find out which program sent the mail (web form, business system, newsletter system).",
                "Ask its developer or vendor to send line endings as <CR><LF>.",
                "Until it is fixed, send from an ordinary mail program.",
            ),
            "support": (
                "This is not a problem of our servers: the sending program must be fixed. Contact "
                "support only if the error also appears when you send from an ordinary mail program."
            ),
        },
    },
    "header-format": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "550-5.7.1 This message is not RFC 5322 compliant. There are multiple From headers.",
            "550-5.7.1 Messages missing a valid Message-ID header are not accepted.",
        ),
        "ja": {
            "title": "メールのヘッダ(差出人・日付など)の形式が正しくない",
            "summary": "メールのヘッダが規格(RFC 5322)どおりでないため、相手のサーバに拒否されました。",
            "meaning": (
                "Gmail などは 2024 年から、規格に沿わないメールを受け取らなくなりました。From(差出人)・Date(日付)・"
                "Message-ID が欠けている、同じヘッダが 2 つある、差出人欄に複数のアドレスがある、といったメールです。"
                "ホームページのフォームや自作のプログラム、古い送信ソフトから送ったメールで起こりがちです。"
                "改行コードの問題(bare LF)とは別の原因です。"
            ),
            "actions": (
                "メールソフトから送った場合は、ソフトを最新版に更新してから送り直してください。",
                "フォームやプログラムから送っている場合は、From・Date・Message-ID が 1 つずつ正しく付いているか、"
                "制作した会社や担当者に確認してもらってください。",
                "差出人(From)にはアドレスを 1 つだけ入れてください。",
            ),
            "support": (
                "メールソフトから普通に送ったメールでこのエラーが出る場合は、エラーメールを添えてサポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "The mail's header fields (From, Date...) are malformed",
            "summary": "The header does not follow the standard (RFC 5322), so the receiving server refused it.",
            "meaning": (
                "Since 2024 Gmail and others refuse mail that breaks the standard: a missing From, Date or Message-ID, "
                "a header field given twice, several addresses in From. Web forms, home-made scripts and old mail "
                "programs are the usual source. This is a different problem from bare line feeds."
            ),
            "actions": (
                "If you sent from a mail program, update it and send again.",
                "If a web form or a script sends the mail, have its maker check that From, Date and Message-ID are "
                "present exactly once.",
                "Put exactly one address in From.",
            ),
            "support": "If plain mail sent from a mail program gets this error, contact support with the error mail.",
        },
    },
    "relay-denied": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "554 5.7.1 <someone@example.net>: Relay access denied",
            "550 5.7.1 Unable to relay",
            "530 5.7.0 Authentication required",
            "535 5.7.8 Error: authentication failed",
        ),
        "ja": {
            "title": "中継を拒否された(送信の認証ができていない)",
            "summary": "送信サーバにログイン(SMTP 認証)しないまま、または認証に失敗して送ろうとしました。",
            "meaning": (
                "送信サーバは、認証した利用者のメールしか外部へ中継しません。メールソフトで"
                "「送信サーバの認証」が無効になっている、ユーザー名やパスワードが違う、"
                "または別のサーバに送っていると、このエラーになります。"
            ),
            "actions": (
                "メールソフトで「送信サーバ(SMTP)は認証が必要」を有効にし、受信と同じ設定を使うようにしてください。",
                "ユーザー名はメールアドレス全体、パスワードはメールアカウントのものか確認してください。",
                "送信サーバ名とポート(465 または 587)を確認してください。25番は使いません。",
            ),
            "support": (
                "設定を見直し、パスワードを設定し直しても同じエラーになる場合は、"
                "メールソフトの名前とエラーメールを添えてサポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "Relaying refused (not authenticated for sending)",
            "summary": (
                "You tried to send without logging in to the sending server (SMTP AUTH), or the login failed."
            ),
            "meaning": (
                "A sending server relays mail only for users who have logged in. This error appears "
                'when "outgoing server requires authentication" is off in your mail program, the '
                "user name or password is wrong, or you are sending through another server."
            ),
            "actions": (
                'Turn on "outgoing server (SMTP) requires authentication" and use the same settings '
                "as for incoming mail.",
                "The user name is your full mail address; the password is that of the mail account.",
                "Check the outgoing server name and port (465 or 587). Never use port 25.",
            ),
            "support": (
                "If the error stays after you have checked the settings and reset the password, "
                "contact support with your mail program's name and the error mail."
            ),
        },
    },
    "host-unknown": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "550 5.1.2 Host or domain name not found. Name service error for name=example.cm type=A",
            "Host or domain name not found",
            "556 5.1.10 Recipient address has null MX",
        ),
        "ja": {
            "title": "宛先のドメインが見つからない",
            "summary": "宛先アドレスの @ より後ろ(ドメイン)が存在しないか、メールを受け付けていません。",
            "meaning": (
                "ドメイン名の書き間違いがもっとも多い原因です。相手のドメインの期限切れや DNS の"
                "設定ミスでも起こります。「null MX」は、そのドメインがメールを受け取らないと"
                "宣言しているという意味です。"
            ),
            "actions": (
                "@ より後ろのつづりを確認してください(例: .co.jp と .jp、.com と .co)。",
                "相手に、アドレスが今も使えるか別の手段で確かめてください。",
                "同じドメイン宛てがすべて失敗するなら、"
                "相手のドメインか DNS に問題があります。相手にお知らせください。",
            ),
            "support": (
                "ドメインが正しく、ほかの人はそのドメインへ送れているのに、当社のサーバからだけ"
                "届かない場合はサポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "The recipient's domain was not found",
            "summary": "The part after @ does not exist or does not accept mail.",
            "meaning": (
                "Most often the domain is mistyped. An expired domain or broken DNS on the recipient's "
                'side also causes it. "null MX" means the domain declares that it accepts no mail.'
            ),
            "actions": (
                "Check the spelling after @ (.co.jp vs .jp, .com vs .co).",
                "Ask the recipient by another way whether the address still works.",
                "If every address of that domain fails, the recipient's domain or DNS is broken; tell them.",
            ),
            "support": (
                "If the domain is right and others can send to it but mail from our server fails, "
                "contact support."
            ),
        },
    },
    "too-large": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "552 5.3.4 Message size exceeds fixed limit",
            "552-5.2.3 Your message exceeded Google's message size limits.",
        ),
        "ja": {
            "title": "メールが大きすぎる",
            "summary": "添付ファイルを含めたメールの大きさが、受け付けられる上限を超えました。",
            "meaning": (
                "サーバごとに受け取れるメールの大きさに上限があります。添付ファイルは送るときに"
                "変換されるため、元のファイルより 3 割ほど大きくなります。"
            ),
            "actions": (
                "添付ファイルを小さくする(画像を縮小する、圧縮する)か、何通かに分けて送ってください。",
                "大きなファイルは、ファイル共有サービスのリンクで送ってください。",
            ),
            "support": "当社の送信サーバの上限を知りたい場合は、サポートへお問い合わせください。",
        },
        "en": {
            "title": "The mail is too large",
            "summary": "The mail, attachments included, is larger than the server accepts.",
            "meaning": (
                "Every server limits the size of a mail. Attachments grow by about a third when they "
                "are encoded for sending."
            ),
            "actions": (
                "Make attachments smaller (resize images, compress files) or split them over several mails.",
                "Send large files as a link from a file-sharing service.",
            ),
            "support": "Ask support if you need to know the size limit of our sending server.",
        },
    },
    "rate-limited": {
        "hard": False,
        "contact_support": False,
        "examples": (
            "452 4.5.3 Error: too many recipients",
            "450 4.7.1 Too many messages, slow down",
        ),
        "ja": {
            "title": "短時間に送りすぎ(送信数の制限)",
            "summary": "短い時間に多くのメールや宛先を送ったため、一時的に受け付けを止められました。",
            "meaning": (
                "受信側や送信サーバは、迷惑メール対策として送信の量や速さを制限しています。"
                "多くの場合は一時的なもので、時間をおけば届きます。"
            ),
            "actions": (
                "しばらく時間をおいてから送ってください。サーバが自動で再送している場合もあります。",
                "一度に入れる宛先を減らし、何回かに分けて送ってください。",
                "Gmail や Yahoo! へ 1日 5,000 通以上送る場合は、大量送信者向けの規則(SPF・DKIM・DMARC、"
                "ワンクリックの配信停止、迷惑メール率 0.3% 未満)を守ってください。",
            ),
            "support": (
                "ほとんど送っていないのにこのエラーが出る場合は、アカウントが悪用されている"
                "おそれがあります。パスワードを変更し、サポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "Too much mail in a short time (rate limit)",
            "summary": (
                "Too many mails or recipients in a short time; the server stopped accepting them for a while."
            ),
            "meaning": (
                "Receiving and sending servers limit volume and speed to fight spam. It is usually "
                "temporary and the mail gets through later."
            ),
            "actions": (
                "Wait a while before sending again; the server may already be retrying on its own.",
                "Put fewer recipients in one mail and send in several batches.",
                "If you send 5,000 or more a day to Gmail or Yahoo, follow their bulk sender rules "
                "(SPF, DKIM, DMARC, one-click unsubscribe, spam rate below 0.3%).",
            ),
            "support": (
                "If you see this although you sent little, your account may be misused: change the "
                "password and contact support."
            ),
        },
    },
    "timeout": {
        "hard": False,
        "contact_support": False,
        "examples": (
            "Retry timeout exceeded",
            "Delivery temporarily suspended: connect to mx.example.net[192.0.2.1]:25: Connection timed out",
            "Message delayed: 4.4.7 Delivery time expired",
        ),
        "ja": {
            "title": "相手のサーバにつながらない(時間切れ)",
            "summary": "相手のサーバに接続できない状態が続き、配送をあきらめました。",
            "meaning": (
                "送信サーバは届けられなかったメールを何日か再送し続け、それでも届かないと"
                "エラーメールを返します。相手のサーバの停止や故障、通信の障害が原因です。"
                "「まだ再送中です」という遅延の通知が先に届くこともあり、その時点では失敗ではありません。"
            ),
            "actions": (
                "宛先のドメイン名に間違いがないか確認してください。",
                "相手に、メールサーバに障害がないか別の手段で確かめてください。",
                "相手のサーバが直ってから、もう一度送ってください。",
            ),
            "support": (
                "いろいろな宛先で同時にこのエラーが出る場合は、当社側の問題かもしれません。"
                "エラーメールを添えてサポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "The recipient's server cannot be reached (timed out)",
            "summary": "The recipient's server stayed unreachable, so delivery was given up.",
            "meaning": (
                "A sending server keeps retrying undelivered mail for several days and returns an "
                "error mail when it gives up. The cause is a recipient server that is down or "
                'broken, or a network problem. A "delayed, still retrying" notice may come first; '
                "at that point the mail has not failed yet."
            ),
            "actions": (
                "Check the recipient's domain for typos.",
                "Ask the recipient by another way whether their mail server has trouble.",
                "Send again once their server works.",
            ),
            "support": (
                "If this happens for many different recipients at once, the problem may be on our side: "
                "contact support with the error mail."
            ),
        },
    },
    "reverse-dns": {
        "hard": "code",
        "contact_support": True,
        "examples": (
            "550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]",
            "550-5.7.25 The IP address sending this message does not have a PTR record setup",
        ),
        "ja": {
            "title": "送信元サーバの逆引き(PTR)がない",
            "summary": "送信したサーバの IP アドレスにホスト名(逆引き)が設定されていませんでした。",
            "meaning": (
                "多くの受信側は、IP アドレスからホスト名を引ける(PTR レコードがある)サーバからしか"
                "メールを受け取りません。これはサーバを管理する側の設定です。"
            ),
            "actions": (
                "エラーメールにある IP アドレスが、どのサーバのものか確認してください。",
                "当社のサーバから送っている場合は、サポートへご連絡ください。",
                "ご自身の VPS などから直接送っている場合は、その IP アドレスの逆引きを設定してください。",
            ),
            "support": (
                "当社のサーバから送ったメールでこのエラーが出た場合は、当社側の設定が必要です。"
                "エラーメールを添えてサポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "No reverse DNS (PTR) for the sending server",
            "summary": "The sending server's IP address has no host name (reverse DNS).",
            "meaning": (
                "Many receivers accept mail only from servers whose IP address maps back to a host "
                "name (a PTR record). This is set by whoever runs the server."
            ),
            "actions": (
                "Find out which server the IP address in the error mail belongs to.",
                "If you sent through our server, contact support.",
                "If you send directly from your own VPS, set up reverse DNS for its IP address.",
            ),
            "support": (
                "If mail sent through our server gets this error, we need to fix it: contact support "
                "with the error mail."
            ),
        },
    },
    "tls": {
        "hard": "code",
        "contact_support": True,
        "examples": (
            "530 5.7.0 Must issue a STARTTLS command first",
            "454 4.7.0 TLS not available due to local problem",
            "TLS is required, but was not offered by host mx.example.net[192.0.2.1]",
        ),
        "ja": {
            "title": "暗号化(TLS)の接続に失敗した",
            "summary": "暗号化した接続が必要でしたが、うまく確立できませんでした。",
            "meaning": (
                "サーバ同士やメールソフトとサーバの間で、暗号化の方式が合わなかったか、"
                "証明書に問題がありました。古いメールソフトは新しい暗号化方式に対応していないことがあります。"
            ),
            "actions": (
                "メールソフトの画面にエラーが出る場合は、SSL/TLS を使う設定とポート番号(465・587・993・995)を"
                "確認してください。",
                "メールソフトを最新の版に更新してください。",
                "SSL を使うときは、サーバ名に"
                "「mail.ドメイン名」ではなくサーバ設定情報のサーバ名を使ってください。",
            ),
            "support": (
                "エラーメールとして返ってきた場合は、サーバ同士の暗号化の問題です。"
                "エラーメールを添えてサポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "The encrypted (TLS) connection failed",
            "summary": "An encrypted connection was required but could not be set up.",
            "meaning": (
                "The two servers, or your mail program and the server, could not agree on encryption, "
                "or a certificate was wrong. Old mail programs may not support current encryption."
            ),
            "actions": (
                "If your mail program shows the error, check that SSL/TLS is on and the port is right "
                "(465, 587, 993, 995).",
                "Update your mail program to its latest version.",
                "With SSL, use the server name from your server settings notice, not mail.your-domain.",
            ),
            "support": (
                "If it came back as an error mail, it is an encryption problem between servers: "
                "contact support with the error mail."
            ),
        },
    },
    "content-filter": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "550 5.7.1 Message rejected as spam by Content Filtering",
            "554 5.7.1 The message was rejected because it contains prohibited virus or spam content",
            "552-5.7.0 This message was blocked because its content presents a potential security issue.",
        ),
        "ja": {
            "title": "内容が迷惑メールやウイルスと判断された",
            "summary": "メールの本文や添付ファイルが、相手側のフィルタで拒否されました。",
            "meaning": (
                "受信側は、迷惑メールらしい文面やリンク、ウイルス、受け付けない種類の添付ファイル"
                "(実行ファイルやパスワード付き ZIP など)を検査して拒否します。"
            ),
            "actions": (
                "短縮 URL や多数のリンク、件名の記号の多用を避け、文面を見直してください。",
                "添付ファイルをウイルス対策ソフトで検査してください。",
                "実行ファイルやパスワード付き ZIP は送らず、ファイル共有サービスのリンクを使ってください。",
                "相手に、あなたのアドレスを受信許可に加えてもらうよう依頼してください。",
            ),
            "support": (
                "通常は相手側の判断なので、当社では解除できません。ウイルスと判断されたのに"
                "心当たりがない場合は、パソコンを検査したうえでサポートへご相談ください。"
            ),
        },
        "en": {
            "title": "The content was judged to be spam or a virus",
            "summary": "The body or an attachment was refused by the recipient's filter.",
            "meaning": (
                "Receivers scan for spam-like text and links, viruses and attachment types they do not "
                "accept (programs, password-protected ZIP files) and refuse such mail."
            ),
            "actions": (
                "Avoid URL shorteners, many links and lots of symbols in the subject; review the text.",
                "Scan the attachments with anti-virus software.",
                "Do not send programs or password-protected ZIP files; share a link instead.",
                "Ask the recipient to add your address to their allow list.",
            ),
            "support": (
                "This is usually the recipient's decision and we cannot lift it. If a virus was reported "
                "and you do not know why, scan your computer and then ask support."
            ),
        },
    },
    "carriers": {
        "hard": "code",
        "contact_support": False,
        "examples": (
            "550 Unknown user taro@docomo.ne.jp",
            "550 : User unknown <hanako@ezweb.ne.jp>",
        ),
        "ja": {
            "title": "携帯電話会社(ドコモ・au・ソフトバンクなど)のアドレスに届かない",
            "summary": "携帯電話会社のアドレス宛てのメールが、アドレスの誤りか、受信者の迷惑メール設定で受け取られませんでした。",
            "meaning": (
                "docomo.ne.jp、au.com・ezweb.ne.jp、softbank.ne.jp・i.softbank.jp、rakuten.jp などの携帯メールでは、"
                "受信者が迷惑メール対策として「受信リスト設定(指定受信)」「受信拒否」「なりすまし規制」などを設定できます。"
                "これらの設定で断られたメールにも、携帯電話会社のサーバは「550 Unknown user」(宛先不明)と同じ返答を返すことが"
                "あるため、エラーメールだけではアドレスの誤りと受信設定による拒否を見分けられません。"
                "なりすまし規制は差出人のドメインの SPF を確かめるので、SPF のないドメインからのメールは届かないことがあります。"
            ),
            "actions": (
                "宛先のアドレスを 1 文字ずつ確認してください(ドット・ハイフン・数字の並びは間違えやすい部分です)。",
                "電話や SMS で相手に連絡し、お客様のアドレス(またはドメイン)を迷惑メール設定の受信許可リストに"
                "登録してもらってください(依頼の例:「taro@example.jp からメールをお送りしています。"
                "お手数ですが、迷惑メール設定の受信リストに taro@example.jp か example.jp を追加していただけますか。」)。",
                "お客様のドメインに SPF レコードがあるか確認してください。ない場合は、なりすまし規制で拒否されます。",
                "多くの携帯アドレスへ一度に送ると迷惑メールと判断されやすいので、宛先を分けて送ってください。",
            ),
            "support": (
                "アドレスが正しく、相手が受信許可を設定したのに同じエラーが続く場合は、エラーメールを添えてサポートへご連絡ください。"
            ),
            "readings": (
                "アドレスの誤り、または使われなくなったアドレス(最も多い原因です)",
                "受信者の迷惑メール設定(受信リスト設定・受信拒否・なりすまし規制)による拒否",
                "見分け方: 相手に受信許可を設定してもらって送り直し、それでも同じエラーならアドレスの誤りです。",
            ),
        },
        "en": {
            "title": "Mail to a mobile carrier address (docomo, au, SoftBank...) does not arrive",
            "summary": "Mail to a mobile carrier address was refused: a wrong address, or the recipient's spam settings.",
            "meaning": (
                "Japanese mobile carriers let each user allow or refuse senders and block spoofed mail (which checks "
                "the sender domain's SPF). Mail refused by these settings often comes back as \"550 Unknown user\", "
                "the same answer as for an address that does not exist, so the bounce alone cannot tell the two apart."
            ),
            "actions": (
                "Check the address letter by letter.",
                "Call or text the recipient and ask them to add your address or domain to their allowed senders.",
                "Make sure your domain has an SPF record; without one, anti-spoofing settings refuse your mail.",
                "Send to many carrier addresses in smaller batches.",
            ),
            "support": (
                "If the address is correct and the recipient allowed your address but the error continues, "
                "contact support and attach the error mail."
            ),
            "readings": (
                "A wrong or no longer used address (the most common cause)",
                "The recipient's spam settings (allow list, block list, anti-spoofing)",
                "To tell them apart: ask the recipient to allow your address and resend; the same error means a wrong address.",
            ),
        },
    },
    "recipient-filter": {
        "hard": "code",
        "contact_support": False,
        "examples": (
            "550 5.7.1 Message refused due to recipient preferences",
            "550 : User unknown",
        ),
        "ja": {
            "title": "相手側の受信設定やフィルタで拒否された",
            "summary": "相手のサーバや受信者の設定(受信拒否・フィルタ)により、このメールは受け取られませんでした。",
            "meaning": (
                "宛先のアドレスはあっても、受信者が設定した受信拒否や振り分けのルール、相手の組織のフィルタによって、"
                "お客様からのメールが断られた状態です。メールの内容に問題があるとは限りません。"
                "相手のサーバによっては、この場合にも「User unknown」(宛先不明)と返すことがあります。"
            ),
            "actions": (
                "電話など別の方法で相手に連絡し、お客様のアドレスを受信拒否していないか、受信許可に加えてもらえるか確認してください。",
                "相手が会社や学校のアドレスなら、相手の組織のメール管理者に確認してもらうよう依頼してください。",
                "相手が携帯電話会社のアドレスなら、「携帯電話会社のアドレスに届かない」の説明もご覧ください。",
            ),
            "support": (
                "相手が受信を許可したのに同じエラーが続く場合は、エラーメールを添えてサポートへご相談ください。"
            ),
        },
        "en": {
            "title": "Refused by the recipient's settings or filter",
            "summary": "The recipient's server or settings (block list, filter rules) refused this mail.",
            "meaning": (
                "The address exists, but the recipient's block or filter rules, or their organisation's filter, "
                "refused mail from you. The content is not necessarily the problem. Some servers still answer "
                "\"User unknown\" in this case."
            ),
            "actions": (
                "Contact the recipient another way and ask whether they block your address or can allow it.",
                "For a company or school address, ask the recipient to check with their mail administrator.",
                "For a mobile carrier address, see the section on carrier addresses.",
            ),
            "support": "If the recipient allowed your address but the error continues, contact support with the error mail.",
        },
    },
    "sender-rejected": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "550 5.1.8 <info@example.jp>: Sender address rejected: Domain not found",
            "553 5.1.7 The sender address is invalid",
            "550 5.7.1 Sender address rejected: Access denied",
        ),
        "ja": {
            "title": "差出人のアドレスが拒否された",
            "summary": "差出人(あなた)のアドレスやドメインが、相手のサーバに受け付けられませんでした。",
            "meaning": (
                "相手があなたのアドレスやドメインを拒否リストに入れている、あなたのドメインの DNS が"
                "引けない(期限切れや設定ミス)、または送信したプログラムが正しくない差出人を使っている、"
                "のいずれかです。"
            ),
            "actions": (
                "差出人のアドレスが正しいか、メールソフトやプログラムの設定を確認してください。",
                "ご自身のドメインの有効期限と DNS の設定を確認してください。",
                "相手に、あなたのアドレスやドメインを拒否していないか確かめてください。",
            ),
            "support": (
                "ドメインの DNS を当社で管理していて、「Domain not found」のように"
                "ドメインが見つからないと言われる場合は、サポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "The sender address was refused",
            "summary": "Your address or domain as the sender was not accepted by the recipient's server.",
            "meaning": (
                "The recipient blocks your address or domain, your domain's DNS cannot be found "
                "(expired or misconfigured), or the sending program uses a wrong sender address."
            ),
            "actions": (
                "Check the sender address set in your mail program or sending program.",
                "Check your domain's expiry date and DNS settings.",
                "Ask the recipient whether they block your address or domain.",
            ),
            "support": (
                "If we run your domain's DNS and the error says your domain is not found "
                '("Domain not found"), contact support.'
            ),
        },
    },
    "suspended": {
        "hard": "code",
        "contact_support": False,
        "examples": (
            "550 5.2.1 The email account that you tried to reach is disabled.",
            "550 5.2.1 Mailbox disabled, not accepting messages",
        ),
        "ja": {
            "title": "宛先のアカウントが停止されている",
            "summary": "宛先のアドレスは存在しますが、利用が停止されていて受け取れません。",
            "meaning": (
                "長く使われていない、契約が切れているなどの理由で、相手のアカウントが止められています。"
                "あなたの設定の問題ではありません。"
            ),
            "actions": (
                "別の手段で相手に連絡し、使えるアドレスを確かめてください。",
                "再開されるまでは、同じアドレスに送り直しても届きません。",
            ),
            "support": "相手側の問題のため、通常はサポートへのご連絡は不要です。",
        },
        "en": {
            "title": "The recipient's account is suspended",
            "summary": "The address exists but is disabled and cannot receive mail.",
            "meaning": (
                "The recipient's account was stopped, for example after long disuse or an ended "
                "contract. Your settings are not the cause."
            ),
            "actions": (
                "Contact the recipient another way and ask for an address that works.",
                "Resending to the same address fails until the account is restored.",
            ),
            "support": "This is on the recipient's side; usually there is no need to contact support.",
        },
    },
    "server-error": {
        "hard": False,
        "contact_support": False,
        "examples": (
            "451 4.3.0 Temporary system problem. Try again later.",
            "452 4.3.1 Insufficient system storage",
            "451 4.3.5 Server configuration problem",
        ),
        "ja": {
            "title": "相手のサーバの不具合",
            "summary": "受け取る側のサーバに障害や設定の問題があり、処理できませんでした。",
            "meaning": (
                "サーバの故障、ディスク不足、設定ミスなど、サーバ側の事情によるエラーです。"
                "4 で始まるコードなら一時的な問題で、時間をおけば届くことがあります。"
            ),
            "actions": (
                "しばらく時間をおいてから、もう一度送ってください。",
                "同じ相手にだけ起こるなら、相手にサーバの状態を確かめてもらってください。",
            ),
            "support": (
                "エラーを返したサーバ名が当社のサーバ(あなたのサーバ名)である場合や、"
                "どの宛先にも送れない場合は、サポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "A problem on the receiving server",
            "summary": (
                "The receiving server had a fault or a configuration problem and could not process the mail."
            ),
            "meaning": (
                "A broken server, a full disk or a configuration error on the server side. A code "
                "starting with 4 means a temporary problem; the mail may get through later."
            ),
            "actions": (
                "Wait a while and send again.",
                "If it happens only with one recipient, ask them to have their server checked.",
            ),
            "support": (
                "Contact support if the server that returned the error is ours (your server name) or if "
                "you cannot send to any recipient."
            ),
        },
    },
    "suppressed": {
        "hard": True,
        "contact_support": False,
        "examples": (
            "Amazon SES has suppressed sending to this address because it has a recent history "
            "of bouncing as an invalid address.",
        ),
        "ja": {
            "title": "配信停止リストにより送られなかった",
            "summary": "以前エラーになった宛先として、配信サービスが送信そのものを止めました。",
            "meaning": (
                "メール配信サービスは、過去に存在しないと返された宛先や迷惑メールと報告した宛先を"
                "記録し、以後は送りません。メールは相手のサーバまで届いていません。"
            ),
            "actions": (
                "宛先のアドレスが正しいか確認し、間違っていれば送信先リストから削除してください。",
                "アドレスが正しく使えることを確かめたら、配信サービスの管理画面で停止リストから外してください。",
            ),
            "support": (
                "このエラーは外部の配信サービスの仕組みによるものです。"
                "停止リストの扱いは、その配信サービスのサポートへお問い合わせください。"
            ),
        },
        "en": {
            "title": "Not sent because of a suppression list",
            "summary": "The sending service did not send at all, because this address failed before.",
            "meaning": (
                "Mail delivery services remember addresses that bounced as invalid or complained, and "
                "stop sending to them. The mail never reached the recipient's server."
            ),
            "actions": (
                "Check the address; remove it from your list if it is wrong.",
                "Once you are sure it works, remove it from the suppression list in the service's console.",
            ),
            "support": (
                "This comes from an outside delivery service; ask that service's support about its "
                "suppression list."
            ),
        },
    },
    "feedback": {
        "hard": None,
        "contact_support": False,
        "examples": (
            "Feedback-Type: abuse",
            "This is an email abuse report for an email message received from IP 192.0.2.1",
        ),
        "ja": {
            "title": "迷惑メールとして報告された",
            "summary": "受信者があなたのメールを「迷惑メール」として報告したという通知です。",
            "meaning": (
                "エラーではなく、相手のメールサービスからの苦情の報告(フィードバック)です。"
                "メールは届いていますが、報告が多いと今後のメールが届きにくくなります。"
            ),
            "actions": (
                "報告した宛先には、今後は送らないようにしてください。",
                "送信先が本人の同意を得た相手だけか見直してください。",
                "案内メールには、ワンクリックで配信停止できる仕組みを付けてください。",
                "Gmail 宛ての迷惑メール率は 0.3% 未満に保ってください。",
            ),
            "support": (
                "通常はサポートへのご連絡は不要です。心当たりのないメールについての報告なら、"
                "アカウントが悪用されているおそれがあるため、パスワードを変更してサポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "Reported as spam",
            "summary": "A recipient reported your mail as spam.",
            "meaning": (
                "Not an error but a complaint report (feedback) from the recipient's mail service. The "
                "mail was delivered, but many reports make future mail harder to deliver."
            ),
            "actions": (
                "Stop sending to the recipient who reported it.",
                "Make sure you send only to people who agreed to receive your mail.",
                "Add one-click unsubscribe to newsletters.",
                "Keep the spam rate for Gmail recipients below 0.3%.",
            ),
            "support": (
                "Usually no need to contact support. If the report is about mail you did not send, your "
                "account may be misused: change the password and contact support."
            ),
        },
    },
    "auto-reply": {
        "hard": None,
        "contact_support": False,
        "examples": (
            "Auto-Submitted: auto-replied",
            "I am out of the office until Monday and will reply when I return.",
        ),
        "ja": {
            "title": "自動応答(不在通知など)",
            "summary": "相手が設定している自動応答のメールで、エラーではありません。",
            "meaning": "あなたのメールは届いています。相手が不在などの理由で、自動で返信されました。",
            "actions": (
                "対応は不要です。",
                "急ぎの用件なら、自動応答に書かれた別の連絡先をお使いください。",
            ),
            "support": "サポートへのご連絡は不要です。",
        },
        "en": {
            "title": "Auto-reply (out of office and similar)",
            "summary": "An automatic reply set up by the recipient; not an error.",
            "meaning": "Your mail was delivered; the recipient's mailbox replied automatically.",
            "actions": (
                "Nothing to do.",
                "If it is urgent, use the other contact given in the auto-reply.",
            ),
            "support": "No need to contact support.",
        },
    },
    "delivered": {
        "hard": None,
        "contact_support": False,
        "examples": (
            "Action: delivered",
            "Status: 2.0.0",
            "250 2.0.0 OK",
        ),
        "ja": {
            "title": "配送できた(配送通知)",
            "summary": "相手のサーバにメールを渡せたという通知で、エラーではありません。",
            "meaning": (
                "2 で始まるコードは成功です。相手が「届いていない」と言う場合は、相手側で"
                "迷惑メールフォルダや振り分けに入っていることが考えられます。"
            ),
            "actions": (
                "相手に、迷惑メールフォルダと振り分けの設定を確認してもらってください。",
                "見つからなければ、送った日時と差出人・宛先を相手に伝え、相手のサーバ管理者に調べてもらってください。",
            ),
            "support": "当社のサーバからは送り出せているため、通常はサポートへのご連絡は不要です。",
        },
        "en": {
            "title": "Delivered (delivery report)",
            "summary": "A notice that the mail was handed to the recipient's server; not an error.",
            "meaning": (
                "Codes starting with 2 mean success. If the recipient cannot find the mail, it is "
                "probably in their spam folder or sorted away by a filter."
            ),
            "actions": (
                "Ask the recipient to check their spam folder and filter rules.",
                "If it is still missing, give them the time sent, sender and recipient so their mail "
                "administrator can trace it.",
            ),
            "support": "The mail left our server, so usually there is no need to contact support.",
        },
    },
    "other": {
        "hard": "code",
        "contact_support": True,
        "examples": (
            "554 5.0.0 Error 0x4f2a",
            "554 Transaction not completed (R0)",
        ),
        "ja": {
            "title": "その他・原因を特定できないもの",
            "summary": "エラーメールから原因を一つに絞れませんでした。",
            "meaning": (
                "相手のサーバが理由を詳しく書いていない場合や、珍しいエラーの場合です。"
                "4 で始まるコードは一時的、5 で始まるコードは恒久的なエラーです。"
            ),
            "actions": (
                "エラーメールの中で、3 桁のコードと x.y.z 形式のコードがある行を探し、"
                "英文を読んでみてください。",
                "エラーメール解析に貼り付けると、手がかりになる行を示します。",
                "4 で始まるコードなら、時間をおいてもう一度送ってください。",
            ),
            "support": (
                "原因が分からない場合は、エラーメールを加工せずそのまま添えて、サポートへご連絡ください。"
            ),
        },
        "en": {
            "title": "Other or unidentified",
            "summary": "The cause could not be narrowed down from the error mail.",
            "meaning": (
                "The recipient's server gave no clear reason, or the error is uncommon. Codes starting "
                "with 4 are temporary; codes starting with 5 are permanent."
            ),
            "actions": (
                "Find the line with the 3-digit code and the x.y.z code in the error mail and read its text.",
                "Paste the error mail into the analyzer; it points out the decisive line.",
                "If the code starts with 4, wait and send again.",
            ),
            "support": "If you cannot tell the cause, contact support and attach the error mail unchanged.",
        },
    },
}

# Reasons that share a section but need their own one-line summary: (ja, en).
REASON_SUMMARY: dict[str, tuple[str, str]] = {
    "hasmoved": (
        "宛先のアドレスは使われなくなり、別のアドレスに移ったと相手のサーバが知らせています。",
        "The recipient's server says the address is no longer used and has moved to another one.",
    ),
    "notaccept": (
        "宛先のドメインは、メールを受け付けていません(null MX など)。",
        "The recipient's domain does not accept mail (for example a null MX).",
    ),
    "badreputation": (
        "送信元の IP アドレスやドメインの評判が低いため、拒否されました。",
        "The sending IP address or domain has a poor reputation and was refused.",
    ),
    "securityerror": (
        "送信サーバの認証に失敗しました(ユーザー名かパスワードが違うなど)。",
        "Login to the sending server failed (wrong user name or password, for example).",
    ),
    "expired": (
        "何日も再送を試みましたが届けられず、配送をあきらめました。",
        "The server retried for days without success and gave up.",
    ),
    "networkerror": (
        "相手のサーバとの通信ができなかったか、途中で切れました。",
        "The connection to the recipient's server failed or broke off.",
    ),
    "spamdetected": (
        "メールの内容が迷惑メールと判断されました。",
        "The content was judged to be spam.",
    ),
    "virusdetected": (
        "メールにウイルスが見つかったとして拒否されました。パソコンを検査してください。",
        "A virus was found in the mail. Scan your computer.",
    ),
    "contenterror": (
        "メールの形式(ヘッダや添付ファイルの作り)が不正と判断されました。",
        "The mail's format (headers or attachment structure) was judged invalid.",
    ),
    "policyviolation": (
        "相手の組織の規則(受け付けない添付ファイルの種類など)に反するため拒否されました。",
        "The mail broke the recipient organisation's policy (e.g. a forbidden attachment type).",
    ),
    "filtered": (
        "相手側の受信拒否や振り分けの設定により、受け取られませんでした。",
        "The recipient's blocking or filtering settings refused the mail.",
    ),
    "syntaxerror": (
        "送信したプログラムが、SMTP の手順や書式を誤っていました。",
        "The sending program made a mistake in the SMTP commands or their format.",
    ),
    "systemfull": (
        "相手のサーバの容量が不足しています。時間をおいて送り直してください。",
        "The recipient's server is out of storage; try again later.",
    ),
    "mailererror": (
        "相手のサーバでメールを渡すプログラムがエラーになりました。",
        "The program that delivers mail on the recipient's server failed.",
    ),
    "onhold": (
        "配送は保留中で、まだ結果が決まっていません。",
        "Delivery is on hold; there is no final result yet.",
    ),
}


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "ja"


def _texts(family_id: str, lang: str) -> dict[str, Any]:
    """The common fields of one family in one language (lists, not tuples: JSON-ready)."""
    fam = FAMILIES[family_id]
    texts = fam[_lang(lang)]
    return {
        "title": texts["title"],
        "summary": texts["summary"],
        "meaning": texts["meaning"],
        "actions": list(texts["actions"]),
        "support": texts["support"],
        "readings": list(texts.get("readings", ())),
        "contact_support": fam["contact_support"],
        "hard": fam["hard"],
    }


# Mobile carriers' mail domains: their users' spam settings answer like an unknown address.
CARRIER_DOMAINS = ("docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp",
                   "y-mobile.ne.jp", "rakuten.jp", "uqmobile.jp", "disney.ne.jp", "pdx.ne.jp", "willcom.com")
# reasons that, for a carrier address, are most often the recipient's own settings
CARRIER_REASONS = ("userunknown", "filtered", "spamdetected", "policyviolation", "rejected")
_BARE_LF = ("bare", "linefeed", "line feed", "<lf>")


def section_for(reason: str, recipient: str = "", decisive: str = "") -> str:
    """The section that explains this bounce: the reason's, unless the recipient or the decisive words
    say more (a carrier address; a header problem rather than bare line feeds)."""
    domain = recipient.rpartition("@")[2].lower()
    if reason in CARRIER_REASONS and any(domain == d or domain.endswith("." + d) for d in CARRIER_DOMAINS):
        return "carriers"
    if reason == "notcompliantrfc" and decisive and not any(w in decisive.lower() for w in _BARE_LF):
        return "header-format"
    return faq_for(reason)


def explain(reason: str, lang: str = "ja", section: str = "") -> dict[str, Any]:
    """What a bounce reason means and what to do, for the analyzer.

    ``section`` (from :func:`section_for`) picks another section than the reason's own.
    An unknown reason falls back to the ``other`` section, an unknown
    language to Japanese, so the analyzer always has something to show.
    """
    faq = section if section in FAMILIES else faq_for(reason)
    result = {"reason": reason, "faq": faq, **_texts(faq, lang)}
    if reason in REASON_SUMMARY and faq == faq_for(reason):
        result["summary"] = REASON_SUMMARY[reason][LANGS.index(_lang(lang))]
    return result


def families(lang: str = "ja") -> list[dict[str, Any]]:
    """Every section in page order, for rendering the error-mail page."""
    return [
        {"id": fid, **_texts(fid, lang), "examples": list(fam["examples"])} for fid, fam in FAMILIES.items()
    ]
