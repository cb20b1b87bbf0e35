/* Site search worker: the theme's own search worker, with each query cut into
 * words the same way the index was cut, and the everyday words readers type
 * added to it.  The index is built on the first query, not when a page loads:
 * building it takes about a second of a phone's CPU, which every page would
 * otherwise spend while it loads (and the analyzer while Python starts).
 *
 * Why: the index splits Japanese text with TinySegmenter (after the
 * `separator` in mkdocs.yml has split it at changes of script), but the
 * theme sends a query like 送信できない to the index as one word, which
 * matches nothing.  Here the query goes through the same two cuts before the
 * theme's handler sees it.  The theme's worker is loaded unchanged from its
 * own file (its name is passed as ?theme=…), so a theme update keeps working.
 */

/* Words readers type → words the pages use.  A query that contains a word on
 * the left is also searched with the words on the right (readings, colloquial
 * verb forms, brand spellings); "^10" weighs a word that only the right page
 * uses ten times as much (lunr's boost syntax). */
const SYNONYMS = [
  [["送れない", "送れなく", "送れません", "送信できない", "送信できません", "おくれない"], ["送信"]],
  [["届かない", "届かなく", "届きません", "受信できない", "受信できません", "受け取れない", "とどかない"], ["受信", "届か"]],
  [["遅れて", "遅延", "遅い", "時間がかか"], ["遅れ"]],
  [["ドコモ", "どこも", "docomo"], ["docomo", "ドコモ", "キャリア^10"]],
  [["携帯", "けいたい", "ケータイ", "キャリア", "ガラケー", "au", "ソフトバンク", "softbank", "楽天モバイル"], ["携帯", "キャリア^10"]],
  [["海外", "外国", "出張", "旅行"], ["国外^10"]],
  [["障害", "メンテナンス", "サーバが落ち", "サーバーが落ち"], ["障害^5", "メンテナンス"]],
  [["覚えのない", "知らない", "身に覚え", "大量のエラーメール", "自分のアドレスから"], ["覚え", "名乗"]],
  [["迷惑メール扱い", "迷惑メールになる", "迷惑メール判定", "迷惑メールに入る", "迷惑メールに振り分け"], ["送信元認証", "spf", "dmarc"]],
  [["最初に", "まず", "何から", "はじめに"], ["まず", "確かめる"]],
  [["どうやって届", "届くまで", "仕組み", "流れ"], ["流れ^5", "仕組み"]],
  [["プロファイル", "構成プロファイル", "mobileconfig"], ["プロファイル", "設定ツール"]],
  [["パスワードを聞かれ", "パスワードを求められ", "パスワード入力"], ["パスワード", "聞かれる"]],
]

/* Particles and endings that say nothing about the topic on their own. */
const FILLER = new Set(["が", "を", "に", "は", "の", "で", "と", "も", "へ", "や", "か", "て", "た", "ね", "よ",
  "から", "まで", "より", "です", "ます", "たい", "とき", "こと", "いい", "ない", "する", "した", "いる", "れる"])

/* Japanese scripts (hiragana, katakana, kanji) in a query part. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/
/* Characters that are query syntax for lunr, never part of a word here. */
const SYNTAX = /[:~^*+\-\\"]/g

/** The words to search for: Japanese cut as the index was, plus synonyms. */
function wordsOf(query) {
  const lunr = self.lunr
  const text = query.normalize("NFKC").toLowerCase()
  /* Brackets and sentence punctuation are never part of a word. */
  const plain = text.replace(/[「」『』【】（）()？！?!。、,・:：…]/g, " ").replace(SYNTAX, " ")
  const separator = new RegExp(lunr.tokenizer.separator.source, "g")
  const words = new Map() /* word → boost suffix ("" or "^10") */
  const add = (word, boost = "") => {
    if (word && !FILLER.has(word) && !/^[\u3040-\u309f]$/.test(word) && !(words.get(word) || "").length)
      words.set(word, boost)
  }
  /* The index's two cuts: the separator (spaces, changes of script), then TinySegmenter. */
  const cut = phrase => phrase.split(/\s+/).flatMap(part => part.split(separator))
    .flatMap(piece => JAPANESE.test(piece) ? lunr.segmenter.segment(piece) : [piece])
  for (const word of cut(plain))
    add(word)
  for (const [when, also] of SYNONYMS)
    if (when.some(w => text.includes(w)))
      for (const entry of also) {
        const [phrase, boost] = entry.split(/(?=\^)/)
        for (const word of cut(phrase))
          add(word, boost)
      }
  return [...words]
}

const SETUP = 0 /* the theme's SearchMessageType.SETUP */
const READY = 1 /* the theme's SearchMessageType.READY */
const QUERY = 2 /* the theme's SearchMessageType.QUERY */
const RESULT = 3 /* the theme's SearchMessageType.RESULT */
/* Browsers without look-behind (Safari before 16.4) cannot compile the
 * separator in mkdocs.yml: they get the theme's own Japanese separator. */
const LOOKBEHIND = (() => { try { return new RegExp("(?<=a)b").test("ab") } catch (err) { return false } })()
const PLAIN_SEPARATOR = "[\\s\\-\u3000、。，．]+"
let pending = null /* the lunr query for the message being handled */

/* Registered before the theme's worker, so this listener runs first: the
 * theme's handler then shows and highlights the words found here, and its
 * call to lunr's search (patched below) runs the query built here.  The
 * theme's own query handling is bypassed because it cuts kanji words into
 * single characters (国外 → 国) once the index holds those characters. */
addEventListener("message", ev => {
  const message = ev.data
  if (!replaying && holdUntilQueried(ev))
    return
  pending = null
  if (message && message.type === SETUP && !LOOKBEHIND && message.data && message.data.config)
    message.data.config.separator = PLAIN_SEPARATOR
  if (!message || message.type !== QUERY || typeof message.data !== "string" || !self.lunr?.segmenter)
    return
  const words = wordsOf(message.data)
  if (!words.length)
    return
  pending = words.map(([word, boost]) => word + "*" + boost).join(" ")
  message.data = words.map(([word]) => word).join(" ")
})

/* The lazy index: the theme's SETUP is held and answered READY at once (the
 * search field works); the first query hands the held SETUP to the theme's
 * handler, waits for its own READY (not passed on) and then replays the
 * queries that came meanwhile. */
let held = null /* the theme's SETUP message, until the first query */
let queued = null /* queries waiting for the index; null once it is built */
let replaying = false
let built = null /* called when the theme's handler says READY */

function replay(data) {
  replaying = true
  try {
    dispatchEvent(new MessageEvent("message", { data }))
  } finally {
    replaying = false
  }
}

/** Whether this message was held back (true) or goes on to the theme's handler. */
function holdUntilQueried(ev) {
  const message = ev.data
  if (message && message.type === SETUP) {
    ev.stopImmediatePropagation()
    held = message
    queued = []
    postMessage({ type: READY })
    return true
  }
  if (!message || message.type !== QUERY || !queued)
    return false
  ev.stopImmediatePropagation()
  if (!String(message.data || "").trim()) {
    /* the theme asks with an empty query once the index is READY: nothing to find yet */
    postMessage({ type: RESULT, data: { items: [] } })
    return true
  }
  queued.push(message.data)
  if (held) {
    const setup = held
    held = null
    built = () => {
      const waiting = queued
      queued = null
      for (const data of waiting) replay({ type: QUERY, data })
    }
    replay(setup)
  }
  return true
}

/* The theme's handler answers through the global postMessage: its READY for a
 * held SETUP releases the waiting queries instead of reaching the page. */
const post = self.postMessage.bind(self)
self.postMessage = function (message, ...rest) {
  if (message && message.type === READY && built) {
    const release = built
    built = null
    release()
    return
  }
  post(message, ...rest)
}

const theme = new URL(self.location.href).searchParams.get("theme") || ""
if (!/^search\.[0-9a-f]{8}\.min\.js$/.test(theme))
  throw new Error("search-ja.js: ?theme= must name the theme's search worker")
importScripts(theme)

const search = self.lunr.Index.prototype.search
self.lunr.Index.prototype.search = function (query) {
  const mine = pending
  pending = null
  return search.call(this, mine || query)
}
