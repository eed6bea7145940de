-- German law for online contests and ad disclosure (DE). Legal rules only: breaking them
-- risks a warning letter (Abmahnung) or a fine, whatever the platform allows.
-- Not legal advice: each rule is a summary of the statute, court decision or regulator's text
-- in `source`, with the verbatim words it rests on in `quote`; commentaries are in `secondary`.
-- Statute wording was read in verbatim reproductions (listed in `secondary`) because no copy
-- of gesetze-im-internet.de or EUR-Lex was at hand: check it against the official text.
local smkit = require "smkit"
local text = smkit.text

-- The day the commentaries below were read: the manifest's rules_date, which every rule's `read` defaults to.
local READ = "2026-12-07"
local OMSELS = "https://omsels.info/die-verbote-oder-was-darf-ich-nicht/%c2%a7%c2%a7-5a-5b-uwg-informationspflichten/"
  .. "%c2%a7-5a-abs-1-uwg-wesentliche-informationspflichten/gewinnspielepreisausschreiben"
local LEITFADEN = "https://www.die-medienanstalten.de/service/merkblaetter-und-leitfaeden/"
  .. "leitfaden-gewinnspiele-in-social-media-angeboten/"
local LEITFADEN_TITLE = "Die Medienanstalten: Leitfaden Gewinnspiele in Social-Media-Angeboten (Stand Januar 2020)"
local DDG6 = "https://www.gesetze-im-internet.de/ddg/__6.html"
local UWG_ANHANG = "https://www.gesetze-im-internet.de/uwg_2004/anhang.html"
local UWG5A = "https://www.gesetze-im-internet.de/uwg_2004/__5a.html"
local GDPR = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679"

-- A secondary source: a commentary, or the verbatim reproduction the statute was read in.
local function see(url, title, read)
  return { url = url, title = title, read = read or READ }
end
local OMSELS_SEE = see(OMSELS, "Omsels, Online-Kommentar: Gewinnspiele/Preisausschreiben (reproduces § 6 DDG and the UWG annex)")

-- Every entry action the text analysis knows (see docs/text-analysis.md).
local ENTRY_ACTIONS = { "like", "comment", "share", "story_share", "tag_friends", "tag_self", "follow", "repost",
  "hashtag", "mention", "upload", "message", "vote", "subscribe", "purchase", "newsletter_signup", "answer", "web_form" }

-- Whether the post names the prize: a word of the prize's description (by its stem) in the text.
local function names_prize(contest)
  local description = contest.prize.description
  if description == nil then return false end
  local stems = {}
  for _, t in ipairs(contest.analysis:tokens()) do stems[t.stem] = true end
  for _, t in ipairs(text.analyze(description, contest.language):tokens()) do
    if t.kind == "word" and #t.folded >= 4 and stems[t.stem] then return true end
  end
  return false
end

-- German law applies when entrants from Germany may take part (no countries: assume it does).
local function german(contest)
  return #contest.eligibility.countries == 0 or contest.eligibility.countries:has("DE")
end

-- Every rule is law, and a contest rule runs only for contests open to Germany.
local plugin = smkit.plugin { id = "de-contest-law", api = 1, defaults = {
  subject = "contest", consequence = "legal", when = german,
} }

plugin:check {
  id = "DE-01", severity = "error", source = DDG6,
  source_title = "§ 6 Abs. 1 Nr. 4 Digitale-Dienste-Gesetz (DDG)",
  quote = "Preisausschreiben oder Gewinnspiele mit Werbecharakter klar als solche erkennbar sein müssen",
  secondary = { OMSELS_SEE },
  summary = { de = "Das Gewinnspiel muss als solches klar erkennbar sein (§ 6 Abs. 1 Nr. 4 DDG)",
              en = "The contest must be clearly recognisable as a contest (§ 6(1) no. 4 DDG)" },
  run = function(contest, report)
    -- Recognisable when the post itself says it is a contest (a giveaway, a prize to win), or
    -- when it asks for an entry, says that a winner is drawn and names the prize.
    local a = contest.analysis
    if a:asks("contest") then return end
    if a:asks("random_draw") and a:asks_any(ENTRY_ACTIONS) and names_prize(contest) then return end
    report:fail { field = "text" }
  end,
}

local TERMS_CONTENT = {
  { "organiser", "Veranstalter", "organiser" },
  { "eligibility", "Teilnahmeberechtigung", "eligibility" },
  { "period", "Zeitraum", "period" },
  { "prize", "Gewinn", "prize" },
  { "how_to_enter", "Teilnahme", "how to enter" },
  { "winner_selection", "Gewinnerermittlung", "winner selection" },
  { "winner_notification", "Benachrichtigung", "winner notification" },
  { "privacy_notice", "Datenschutzhinweise", "privacy notice" },
}

plugin:check {
  id = "DE-02", severity = "error", source = LEITFADEN, source_title = LEITFADEN_TITLE,
  quote = "Nutzer sind leicht verständlich darüber aufzuklären, wie genau die Teilnahme an dem Gewinnspiel funktioniert.",
  secondary = {
    see("https://ipwiki.de/_export/raw/wettbewerbsrecht:preisausschreiben_oder_gewinnspiele_mit_werbecharakter",
      "ipwiki: Inhalt der Teilnahmebedingungen nach BGH I ZR 50/09", "2026-11-22"),
    see("https://www.uwg-onlinekommentar.de/kommentierung-%C2%A7-4-nr-5/", "UWG-Onlinekommentar zu § 4 Nr. 5 UWG a. F.",
      "2026-11-22"),
  },
  summary = { de = "Die Teilnahmebedingungen müssen Veranstalter, Berechtigung, Zeitraum, Gewinn, Teilnahme, "
                .. "Gewinnerermittlung, Benachrichtigung und Datenschutz nennen",
              en = "The terms must name organiser, eligibility, period, prize, how to enter, winner selection, notification and privacy" },
  run = function(contest, report)
    local de, en = {}, {}
    for _, item in ipairs(TERMS_CONTENT) do
      if not contest.terms.includes:has(item[1]) then
        de[#de + 1] = item[2]
        en[#en + 1] = item[3]
      end
    end
    if #de > 0 then
      report:fail { field = "terms.includes", message = {
        de = "In den Teilnahmebedingungen fehlt: " .. table.concat(de, ", "),
        en = "The terms do not cover: " .. table.concat(en, ", ") } }
    end
  end,
}

plugin:check {
  id = "DE-03", severity = "error", source = LEITFADEN, source_title = LEITFADEN_TITLE,
  quote = "Diese Information kann in dem Beitrag/Video/Post, in dem zur Teilnahme am Gewinnspiel aufgerufen wird, "
    .. "oder in extern verlinkten Teilnahmebedingungen zur Verfügung gestellt werden.",
  secondary = { see("https://sis-datenbank.nwb.de/Dokument/356287",
    "NWB: Leitsätze eines BGH-Urteils zu § 4 Nr. 5 UWG a. F. (Bedingungen vor der Teilnahme; Aktenzeichen dort nicht genannt)") },
  summary = { de = "Die Bedingungen müssen vor der Teilnahme leicht erreichbar sein: im Beitrag oder deutlich verlinkt",
              en = "The terms must be easy to reach before entering: in the post or clearly linked" },
  run = function(contest, report)
    local placement = contest.terms.placement
    if placement == nil or placement == "none" or placement == "elsewhere" then
      report:fail { field = "terms.placement" }
    elseif placement ~= "in_post" and contest.terms.url == nil then
      report:fail { field = "terms.url", message = {
        de = "Die Bedingungen sollen verlinkt sein, aber es ist keine Adresse angegeben",
        en = "The terms are meant to be linked, but no address is given" } }
    end
  end,
}

plugin:forbids_intent {
  id = "DE-05.17", severity = "error", intent = "already_won", source = UWG_ANHANG,
  source_title = "UWG, Anhang (zu § 3 Absatz 3) Nr. 17",
  quote = "die unwahre Angabe oder das Erwecken des unzutreffenden Eindrucks, der Verbraucher habe bereits einen Preis "
    .. "gewonnen oder werde ihn gewinnen",
  secondary = { OMSELS_SEE },
  summary = { de = "Nicht den Eindruck erwecken, man habe schon gewonnen (UWG-Anhang Nr. 17)",
              en = "Do not create the impression that the reader has already won (UWG annex no. 17)" },
}

-- Free claims matter only when taking part costs something.
local function costs(contest)
  return german(contest) and ((contest.entry_fee_eur or 0) > 0 or contest.entry:has("purchase"))
end

plugin:forbids_intent {
  id = "DE-05.21", severity = "error", intent = "free_claim", when = costs, source = UWG_ANHANG,
  source_title = "UWG, Anhang (zu § 3 Absatz 3) Nr. 21",
  quote = "das Angebot einer Ware oder Dienstleistung als „gratis“, „umsonst“, „kostenfrei“ oder dergleichen, "
    .. "wenn hierfür gleichwohl Kosten zu tragen sind",
  secondary = { see("https://boehmanwaltskanzlei.de/wirtschaftsrecht/wettbewerbsrecht/unlautere-handlungen/abnehmerschutz/"
    .. "schwarze-liste?start=20", "Böhm Anwaltskanzlei: Schwarze Liste Nr. 19–23 (reproduces the annex)") },
  summary = { de = "Nicht „gratis“ oder „kostenlos“ nennen, wenn die Teilnahme etwas kostet (UWG-Anhang Nr. 21)",
              en = "Do not call it \"free\" when taking part costs something (UWG annex no. 21)" },
}

plugin:requires_intent {
  id = "DE-06", severity = "warning", intent = "purchase", source = UWG5A,
  when = function(contest) return german(contest) and contest.entry:has("purchase") end,
  source_title = "§ 5a Abs. 1 UWG (Irreführung durch Unterlassen)",
  quote = "Unlauter handelt auch, wer einen Verbraucher oder sonstigen Marktteilnehmer irreführt, indem er ihm eine "
    .. "wesentliche Information vorenthält",
  secondary = {
    see("https://itmedialaw.com/?p=86697", "IT-Medialaw: Kopplung von Gewinnspiel und Kauf ist zulässig", "2026-11-22"),
    see("https://www.betriebsrat.com/rechtsprechung/gesetze/uwg/5a", "Verbatim reproduction of § 5a UWG (read here)"),
  },
  summary = { de = "Kopplung an einen Kauf ist erlaubt, muss aber im Beitrag klar gesagt werden (§§ 5, 5a UWG)",
              en = "Tying entry to a purchase is allowed but must be stated clearly in the post (§§ 5, 5a UWG)" },
}

plugin:check {
  id = "DE-07", severity = "error",
  source = "https://www.die-medienanstalten.de/service/rechtsgrundlagen/gewinnspielsatzung-anwendungsregeln/",
  source_title = "§ 11 Abs. 1 Medienstaatsvertrag (MStV), as published with the Gewinnspielsatzung by the Medienanstalten",
  quote = "Für die Teilnahme darf nur ein Entgelt bis zu 0,50 Euro verlangt werden",
  secondary = {
    see("https://lxgesetze.de/mstv/11", "Verbatim reproduction of § 11 MStV (read here)"),
    see("https://www.inneres.bremen.de/inneres/buerger-und-staat/gluecksspiel/gluexxspiel-30130",
      "Senator für Inneres Bremen: Glücksspiel nach dem GlüStV 2021 (Entgelt und Zufall)"),
    see("https://ihk.de/osnabrueck/recht-und-fair-play/wettbewerb/preisausschreiben-und-gewinnspiele-1074366",
      "IHK Osnabrück: Preisausschreiben und Gewinnspiele", "2026-11-22"),
  },
  summary = { de = "Ein Einsatz über 0,50 € macht das Gewinnspiel zum erlaubnispflichtigen Glücksspiel (GlüStV, § 11 MStV)",
              en = "A stake above €0.50 turns the contest into gambling that needs a licence (GlüStV, § 11 MStV)" },
  run = function(contest, report)
    -- The stated fee wins over the text: "keine Teilnahmegebühr" with a fee of 0 is free,
    -- and a fee up to 0,50 € is allowed whatever the text calls it.
    local fee = contest.entry_fee_eur
    if fee == nil then
      local found = contest.analysis:asks("entry_fee")
      if found then
        report:fail { field = "text", at = found, message = {
          de = "Der Text nennt eine Teilnahmegebühr oder einen Einsatz („" .. found.text .. "“), aber 'entry_fee_eur' fehlt; "
            .. "höchstens 0,50 € sind zulässig",
          en = "The text mentions an entry fee or stake (\"" .. found.text .. "\") but 'entry_fee_eur' is not given; "
            .. "at most €0.50 is allowed" } }
      end
    elseif fee > 0.5 then
      report:fail { field = "entry_fee_eur", message = {
        de = ("Die Teilnahme kostet %s €; mehr als 0,50 € macht es zum Glücksspiel"):format((("%.2f"):format(fee):gsub("%.", ","))),
        en = ("Entering costs €%.2f; more than €0.50 makes it gambling"):format(fee) } }
    end
  end,
}

plugin:check {
  id = "DE-08", severity = "error",
  source = "https://recht.nrw.de/lmi/owa/br_bes_detail?sg=0&menu=0&bes_id=12508&anw_nr=2&aufgehoben=J&det_id=485403",
  source_title = "Gewinnspielsatzung der Landesmedienanstalten (2009), § 3 Jugendschutz, amtliche Sammlung NRW "
    .. "(aufgehoben zum 15.04.2021; Nachfolgesatzung nicht gelesen)",
  quote = "Minderjährigen unter 14 Jahren darf die Teilnahme an Gewinnspielen nicht gestattet werden.",
  secondary = { see("https://www.die-medienanstalten.de/gewinnspiele/", "Die Medienanstalten: Gewinnspiele", "2026-11-22") },
  summary = { de = "An kostenpflichtigen Gewinnspielen dürfen nur Personen ab 14 Jahren teilnehmen (Gewinnspielsatzung)",
              en = "Only people aged 14 or older may take part in paid contests (Gewinnspielsatzung)" },
  run = function(contest, report)
    local age = contest.eligibility.minimum_age
    if (contest.entry_fee_eur or 0) > 0 and (age == nil or age < 14) then report:fail { field = "eligibility.minimum_age" } end
  end,
}

plugin:requires_intent {
  id = "DE-09.1", severity = "warning", intent = "random_draw", source = LEITFADEN, source_title = LEITFADEN_TITLE,
  quote = "Die Art der Gewinnerauswahl ist vorab zu kommunizieren. Diese Information muss in dem Beitrag/Video/Post, "
    .. "in dem zur Teilnahme am Gewinnspiel aufgerufen wird, bereitgestellt werden.",
  summary = { de = "Der Beitrag selbst muss sagen, wie der Gewinner ermittelt wird (Auslosung oder Jury)",
              en = "The post itself must say how the winner is chosen (draw or jury)" },
}

plugin:requires_field {
  id = "DE-09.2", severity = "error", field = "period.end", report_field = "period",
  source = LEITFADEN, source_title = LEITFADEN_TITLE,
  quote = "Es muss kommuniziert werden, wie lange an dem Gewinnspiel teilgenommen werden kann",
  summary = { de = "Das Ende des Teilnahmezeitraums muss angegeben sein", en = "The end of the entry period must be stated" },
}

plugin:requires_field {
  id = "DE-11", severity = "error", field = "organiser.imprint_url", source = "https://www.gesetze-im-internet.de/ddg/__5.html",
  source_title = "§ 5 Abs. 1 Digitale-Dienste-Gesetz (DDG), Allgemeine Informationspflichten",
  quote = "leicht erkennbar, unmittelbar erreichbar und ständig verfügbar",
  secondary = {
    see("https://verwaltung.bund.de/leistungsverzeichnis/de/leistung/99000000025492",
      "Verwaltungsportal des Bundes: Anbieterkennzeichnung (quotes the DDG wording)"),
    see("https://medienanstalt-mv.de/medienaufsicht/impressumspflicht", "Medienanstalt MV: Impressumspflicht", "2026-11-22"),
    see("https://lo-recht.lehrer-online.de/inhalte/faq/schulhomepage/einbindung-des-impressums-sanktionen",
      "Lehrer-Online: Zwei-Klick-Regel nach der BGH-Rechtsprechung"),
  },
  summary = { de = "Das Impressum des Veranstalters muss leicht erkennbar und unmittelbar erreichbar sein (§ 5 DDG)",
              en = "The organiser's imprint must be easily recognisable and directly reachable (§ 5 DDG)" },
}

plugin:check {
  id = "DE-12.1", severity = "error", source = GDPR,
  source_title = "Regulation (EU) 2016/679 (GDPR), Article 13(1)",
  quote = "the controller shall, at the time when personal data are obtained, provide the data subject with all of the "
    .. "following information",
  secondary = {
    see("https://gdprhub.eu/Article_13_GDPR", "GDPRhub: Article 13 GDPR (verbatim text, read here)"),
    see("https://gesellschaft-datenschutz.de/gewinnspiele-und-der-datenschutz/", "Gesellschaft für Datenschutz: Gewinnspiele",
      "2026-11-22"),
  },
  summary = { de = "Wer Daten erhebt, muss vor der Teilnahme informieren (Art. 13 DSGVO)",
              en = "Whoever collects data must inform entrants before they enter (Art. 13 GDPR)" },
  run = function(contest, report)
    if #contest.data_collected > 0 and contest.privacy_notice_url == nil
      and not contest.terms.includes:has("privacy_notice") then
      report:fail { field = "privacy_notice_url" }
    end
  end,
}

plugin:check {
  id = "DE-12.2", severity = "warning", source = GDPR,
  source_title = "Regulation (EU) 2016/679 (GDPR), Recital 32 (consent for each purpose)",
  quote = "Consent should cover all processing activities carried out for the same purpose or purposes.",
  secondary = {
    see("https://gdpr-text.com/uk/read/recital-32/?col=2&lang1=it&lang2=en&lang3=fr", "GDPR-Text: Recital 32 (verbatim text, read here)"),
    see("https://gesellschaft-datenschutz.de/gewinnspiele-und-der-datenschutz/", "Gesellschaft für Datenschutz: Gewinnspiele",
      "2026-11-22"),
  },
  summary = { de = "Gewinnernamen nur mit vorheriger Einwilligung veröffentlichen",
              en = "Publish winners' names only with their prior consent" },
  run = function(contest, report)
    if contest.winner.publish_names and not contest.winner.publication_consent then
      report:fail { field = "winner.publication_consent" }
    end
  end,
}

-- DE-13 is what case law allows for a consent coupled with entry (a warning: the limits come
-- from one OLG decision, and some authorities read Art. 7(4) GDPR more strictly); a pre-ticked
-- box is no consent at all, so it is its own rule, DE-13.1, and an error.
plugin:check {
  id = "DE-13", severity = "warning", source = GDPR,
  source_title = "Regulation (EU) 2016/679 (GDPR), Article 7(4)",
  quote = "When assessing whether consent is freely given, utmost account shall be taken of whether, inter alia, the "
    .. "performance of a contract, including the provision of a service, is conditional on consent",
  secondary = {
    see("https://www.kuhn-datenschutz.de/gewinnspielteilnahme-darf-von-werbeeinwilligung-abhaengig-gemacht-werden/",
      "Kuhn Datenschutz on OLG Frankfurt, 27.06.2019, 6 U 6/19 (eight named sponsors)", "2026-11-22"),
    see("https://www.boden-rechtsanwaelte.de/en/die-teilnahme-an-einem-gewinnspiel-darf-von-der-einwilligung-in-werbung-"
      .. "abhaengig-gemacht-werden/", "Boden Rechtsanwälte on OLG Frankfurt 6 U 6/19"),
    see("https://bsp-security.de/gewinnspiele-im-zeichen-der-ds-gvo/", "BSP Security: stricter reading of Art. 7(4)", "2026-11-22"),
  },
  summary = { de = "Werbeeinwilligung: gesondert und für höchstens 8 benannte Sponsoren (Art. 7 DSGVO, OLG Frankfurt 6 U 6/19)",
              en = "Advertising consent: separate and for at most 8 named sponsors (Art. 7 GDPR, OLG Frankfurt 6 U 6/19)" },
  run = function(contest, report)
    local consent = contest.advertising_consent
    if not consent.requested then return end
    if consent.separate == false then
      report:fail { field = "advertising_consent.separate" }
    elseif (consent.sponsors or 0) > 8 then
      report:fail { field = "advertising_consent.sponsors" }
    end
  end,
}

plugin:check {
  id = "DE-13.1", severity = "error", source = GDPR,
  source_title = "Regulation (EU) 2016/679 (GDPR), Recital 32",
  quote = "Silence, pre-ticked boxes or inactivity should not therefore constitute consent.",
  secondary = {
    see("https://gdpr-text.com/uk/read/recital-32/?col=2&lang1=it&lang2=en&lang3=fr", "GDPR-Text: Recital 32 (verbatim text, read here)"),
    see("http://curia.europa.eu/juris/document/document.jsf?text=&docid=218462&pageIndex=0&doclang=EN&mode=req&dir=&occ=first"
      .. "&part=1&cid=1388757", "CJEU, 1 October 2019, C-673/17 Planet49, ECLI:EU:C:2019:801 (pre-ticked checkbox)"),
  },
  summary = { de = "Die Werbeeinwilligung darf nicht vorangekreuzt sein: ein vorangekreuztes Kästchen ist keine Einwilligung",
              en = "The advertising consent must not be pre-ticked: a pre-ticked box is no consent" },
  run = function(contest, report)
    local consent = contest.advertising_consent
    if consent.requested and consent.pre_ticked then
      report:fail { field = "advertising_consent.pre_ticked", message = {
        de = "Ein vorangekreuztes Kästchen ist keine wirksame Einwilligung",
        en = "A pre-ticked box is not valid consent" } }
    end
  end,
}

plugin:check {
  id = "DE-14", severity = "warning", source = GDPR,
  source_title = "Regulation (EU) 2016/679 (GDPR), Article 8(1)",
  quote = "Where the child is below the age of 16 years, such processing shall be lawful only if and to the extent that "
    .. "consent is given or authorised by the holder of parental responsibility over the child.",
  secondary = {
    see("http://www.privacy-regulation.eu/en/article-8-conditions-applicable-to-child%27s-consent-in-relation-to-information-"
      .. "society-services-GDPR.htm", "privacy-regulation.eu: Article 8 GDPR (verbatim text, read here)"),
    see("https://haufe.de/recht/deutsches-anwalt-office-premium/4-rechtsgrundlagen-der-verarbeitung-2-einwilligung-"
      .. "bei-diensten-der-informationsgesellschaft_idesk_PI17574_HI11400967.html", "Haufe: Einwilligung Minderjähriger",
      "2026-11-22"),
  },
  summary = { de = "Unter 16 braucht es die Einwilligung der Eltern (Art. 8 DSGVO): Mindestalter 16/18 oder Elterneinwilligung",
              en = "Under 16, parental consent is needed (Art. 8 GDPR): minimum age 16/18 or parental consent" },
  run = function(contest, report)
    local e = contest.eligibility
    if (e.minimum_age == nil or e.minimum_age < 16) and not e.parental_consent then
      report:fail { field = "eligibility.minimum_age" }
    end
  end,
}

plugin:check {
  id = "DE-15", severity = "error", source = "https://www.gesetze-im-internet.de/uwg_2004/__7.html",
  source_title = "§ 7 Abs. 2 Nr. 2 UWG (Unzumutbare Belästigungen)",
  quote = "bei Werbung unter Verwendung einer automatischen Anrufmaschine, eines Faxgerätes oder elektronischer Post, "
    .. "ohne dass eine vorherige ausdrückliche Einwilligung des Adressaten vorliegt",
  secondary = {
    see("https://lxgesetze.de/uwg/7", "Verbatim reproduction of § 7 UWG (read here)"),
    see("https://www.rakotz.de/artikel/empfehlungs-email-rechtswidrig-unterlassungsanspruch-des-empfaengers_2200/",
      "Rakotz on BGH, 12.09.2013, I ZR 208/12 (Empfehlungs-E-Mail)", "2026-11-22"),
  },
  summary = { de = "Keine Tell-a-Friend-E-Mails: sie gelten als unerlaubte Werbung des Veranstalters (§ 7 UWG, BGH I ZR 208/12)",
              en = "No tell-a-friend e-mails: they count as the organiser's unsolicited advertising (§ 7 UWG, BGH I ZR 208/12)" },
  run = function(contest, report)
    if contest.tell_a_friend_emails then report:fail { field = "tell_a_friend_emails" } end
  end,
}

local function undisclosed(subject)
  local ad = subject.ad_disclosure
  if not ad.commercial then return false end
  if ad.label and text.analyze(ad.label):asks("ad_label") then return false end
  return not subject.analysis:asks("ad_label")
end

local DISCLOSURE = {
  source = UWG5A,
  source_title = "§ 5a UWG (Irreführung durch Unterlassen; the commercial purpose: Abs. 4)",
  quote = "Unlauter handelt auch, wer einen Verbraucher oder sonstigen Marktteilnehmer irreführt, indem er ihm eine "
    .. "wesentliche Information vorenthält",
  secondary = {
    see("https://www.srd-rechtsanwaelte.de/blog/influencer-marketing-recht/",
      "SRD Rechtsanwälte on influencer marketing and BGH I ZR 90/20", "2026-11-22"),
  },
  summary = { de = "Werbung muss als Werbung erkennbar sein, z. B. mit „Werbung“ oder „Anzeige“ (§ 5a Abs. 4 UWG)",
              en = "Advertising must be recognisable as such, e.g. labelled \"Werbung\" or \"Anzeige\" (§ 5a(4) UWG)" },
}

plugin:check {
  id = "DE-16", severity = "error", source = DISCLOSURE.source, source_title = DISCLOSURE.source_title,
  quote = DISCLOSURE.quote, secondary = DISCLOSURE.secondary, summary = DISCLOSURE.summary,
  run = function(contest, report)
    if undisclosed(contest) then report:fail { field = "ad_disclosure" } end
  end,
}

-- Posts have no eligibility: the rule holds for every post.
plugin:check {
  id = "DE-16.P", subject = "post", severity = "error", when = false,
  source = DISCLOSURE.source, source_title = DISCLOSURE.source_title, quote = DISCLOSURE.quote,
  secondary = DISCLOSURE.secondary, summary = DISCLOSURE.summary,
  run = function(post, report)
    if undisclosed(post) then report:fail { field = "ad_disclosure" } end
  end,
}


local JUSCHG = "https://www.gesetze-im-internet.de/juschg/"
-- The Youth Protection Act was read in a verbatim reproduction, as were the GDPR articles.
local JUSCHG_SEE = { see("https://www.buzer.de/gesetz/1863/index.htm", "buzer.de: reproduction of the JuSchG") }

-- The legal age of goods in a prize, with the provision that sets it.
local LEGAL_AGE = {
  alcohol = { age = 16, law = "§ 9 Abs. 1 Nr. 1 JuSchG", de = "alkoholische Getränke", en = "alcoholic drinks" },
  spirits = { age = 18, law = "§ 9 Abs. 1 Nr. 2 JuSchG", de = "Spirituosen", en = "spirits" },
  tobacco = { age = 18, law = "§ 10 Abs. 1 JuSchG", de = "Tabakwaren", en = "tobacco products" },
  e_cigarettes = { age = 18, law = "§ 10 Abs. 4 JuSchG", de = "E-Zigaretten", en = "e-cigarettes" },
  nicotine = { age = 18, law = "§ 10 Abs. 1 JuSchG", de = "nikotinhaltige Erzeugnisse", en = "nicotine products" },
}

-- The goods of `kinds` in the prize whose legal age is above the contest's minimum age.
local function too_young(contest, kinds)
  local minimum = contest.eligibility.minimum_age or 0
  for _, goods in ipairs(contest.prize.restricted_goods) do
    local rule_age = LEGAL_AGE[goods]
    if rule_age and kinds[goods] and rule_age.age > minimum then return rule_age, minimum end
  end
end

plugin:check {
  id = "DE-20.1", severity = "error", source = JUSCHG .. "__12.html", source_title = "JuSchG § 12 (Bildträger mit Filmen oder Spielen)",
  secondary = JUSCHG_SEE,
  quote = "dürfen einem Kind oder einer jugendlichen Person in der Öffentlichkeit nur zugänglich gemacht "
    .. "werden, wenn die Programme … für ihre Altersstufe freigegeben und gekennzeichnet worden sind",
  summary = { de = "Filme und Spiele als Gewinn nur mit einer Altersfreigabe bis zum Mindestalter (§§ 12, 14 JuSchG)",
              en = "Films and games as prizes only with an age rating up to the minimum age (§§ 12, 14 JuSchG)" },
  run = function(contest, report)
    local rating = contest.prize.age_rating
    local minimum = contest.eligibility.minimum_age or 0
    if rating and rating > minimum then
      report:fail { field = "prize.age_rating", message = {
        de = "Der Gewinn ist ab " .. rating .. " Jahren freigegeben, teilnehmen dürfen aber schon Personen ab " .. minimum
          .. "; das Mindestalter auf " .. rating .. " setzen",
        en = "The prize is rated " .. rating .. "+, but people from " .. minimum .. " may enter; set the minimum age to "
          .. rating } }
    end
  end,
}

plugin:check {
  id = "DE-20.2", severity = "error", source = JUSCHG .. "__9.html", source_title = "JuSchG § 9 (Alkoholische Getränke)",
  secondary = JUSCHG_SEE,
  quote = "Bier, Wein, weinähnliche Getränke oder Schaumwein … an Kinder und Jugendliche unter 16 Jahren, 2. "
    .. "andere alkoholische Getränke … an Kinder und Jugendliche weder abgegeben",
  summary = { de = "Alkohol als Gewinn nur, wenn das Mindestalter passt: Bier, Wein, Sekt ab 16, Spirituosen ab 18 (§ 9 JuSchG)",
              en = "Alcohol as a prize only with a fitting minimum age: beer, wine, sparkling wine from 16, spirits from 18 (§ 9 JuSchG)" },
  run = function(contest, report)
    local goods, minimum = too_young(contest, { alcohol = true, spirits = true })
    if goods then
      report:fail { field = "prize.restricted_goods", message = {
        de = "Der Gewinn enthält " .. goods.de .. " (ab " .. goods.age .. ", " .. goods.law .. "), teilnehmen dürfen aber schon Personen ab "
          .. minimum,
        en = "The prize contains " .. goods.en .. " (from " .. goods.age .. ", " .. goods.law .. "), but people from " .. minimum
          .. " may enter" } }
    end
  end,
}

plugin:check {
  id = "DE-20.3", severity = "error", source = JUSCHG .. "__10.html",
  source_title = "JuSchG § 10 (Rauchen in der Öffentlichkeit, Tabakwaren und andere nikotinhaltige Erzeugnisse)",
  secondary = JUSCHG_SEE,
  quote = "Tabakwaren und andere nikotinhaltige Erzeugnisse und deren Behältnisse an Kinder oder Jugendliche "
    .. "weder abgegeben noch darf ihnen das Rauchen oder der Konsum nikotinhaltiger Produkte gestattet werden",
  summary = { de = "Tabak, E-Zigaretten und Nikotinprodukte als Gewinn nur bei Teilnahme ab 18 (§ 10 JuSchG)",
              en = "Tobacco, e-cigarettes and nicotine products as prizes only when entrants are 18 or older (§ 10 JuSchG)" },
  run = function(contest, report)
    local goods, minimum = too_young(contest, { tobacco = true, e_cigarettes = true, nicotine = true })
    if goods then
      report:fail { field = "prize.restricted_goods", message = {
        de = "Der Gewinn enthält " .. goods.de .. " (ab 18, " .. goods.law .. "), teilnehmen dürfen aber schon Personen ab " .. minimum,
        en = "The prize contains " .. goods.en .. " (from 18, " .. goods.law .. "), but people from " .. minimum .. " may enter" } }
    end
  end,
}

plugin:check {
  id = "DE-21", severity = "warning", source = GDPR, source_title = "GDPR Art. 7(4) (conditions for consent)",
  secondary = { see("https://gdprhub.eu/Article_7_GDPR", "GDPRhub: Article 7 GDPR (verbatim text, read here)") },
  quote = "When assessing whether consent is freely given, utmost account shall be taken of whether, inter "
    .. "alia, the performance of a contract, including the provision of a service, is conditional on consent",
  summary = { de = "Teilnahme nur gegen Werbeeinwilligung: Kopplung offen sagen und die Einwilligung gesondert erklären lassen "
                .. "(Art. 7 Abs. 4 DSGVO; OLG Frankfurt 6 U 6/19)",
              en = "Entry only with advertising consent: state the coupling openly and take the consent as a separate declaration "
                .. "(Art. 7(4) GDPR; OLG Frankfurt 6 U 6/19)" },
  run = function(contest, report)
    local consent = contest.advertising_consent
    if consent.required_for_entry and consent.requested ~= false then
      report:fail { field = "advertising_consent.required_for_entry", message = {
        de = "Die Teilnahme hängt von der Werbeeinwilligung ab; das ist nur wirksam, wenn Post und Bedingungen es klar sagen, "
          .. "die Sponsoren benannt sind und die Einwilligung eine eigene Erklärung ist (OLG Frankfurt, 27.06.2019, 6 U 6/19)",
        en = "Entering depends on the advertising consent; this holds only if the post and terms say so clearly, the sponsors "
          .. "are named and the consent is a declaration of its own (OLG Frankfurt, 27 June 2019, 6 U 6/19)" } }
    end
  end,
}

local PUBLIC = { post = true, comment = true, story = true, website = true }

plugin:check {
  id = "DE-22", severity = "warning", source = GDPR, source_title = "GDPR Art. 6(1)(a) (lawfulness: consent)",
  secondary = { see("https://gdprhub.eu/Article_6_GDPR", "GDPRhub: Article 6 GDPR (verbatim text, read here)") },
  quote = "the data subject has given consent to the processing of his or her personal data for one or more "
    .. "specific purposes",
  summary = { de = "Öffentliche Bekanntgabe der Gewinner: ohne Namen oder nur mit Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)",
              en = "Public announcement of winners: without names or only with consent (Art. 6(1)(a) GDPR)" },
  run = function(contest, report)
    local winner = contest.winner
    local where = winner.announcement.where
    -- With publish_names: true, DE-12.2 speaks; here the draft does not say whether names are shown.
    if where and PUBLIC[where] and winner.publish_names == nil and not winner.publication_consent then
      report:fail { field = "winner.announcement.where", message = {
        de = "Die Gewinner werden öffentlich bekanntgegeben (" .. where .. "), aber es fehlt, ob ihre Namen genannt werden; "
          .. "ohne Namen 'winner.publish_names: false', sonst 'winner.publication_consent: true'",
        en = "The winners are announced publicly (" .. where .. "), but the draft does not say whether their names are shown; "
          .. "without names set 'winner.publish_names: false', else 'winner.publication_consent: true'" } }
    end
  end,
}

return plugin
