-- German law for online contests and ad disclosure (DE). Legal rules only: breaking them
-- risks a warning letter (Abmahnung) or a fine, whatever the platform allows.
-- Not legal advice: each rule is a summary of the statute, court decision or regulator's text
-- in `source`, with the verbatim words it rests on in `quote`; commentaries are in `secondary`.
-- Statute wording was read in verbatim reproductions (listed in `secondary`) because no copy
-- of gesetze-im-internet.de or EUR-Lex was at hand: check it against the official text.
local smkit = require "smkit"
local text = smkit.text

local plugin = smkit.plugin { id = "de-contest-law", api = 1 }

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

-- German law applies when entrants from Germany may take part (no countries: assume it does).
local function german(contest)
  return #contest.eligibility.countries == 0 or contest.eligibility.countries:has("DE")
end

-- A contest check that only runs for contests open to Germany.
local function rule(spec)
  local run = spec.run
  spec.subject = spec.subject or "contest"
  spec.consequence = "legal"
  spec.read = READ
  spec.run = function(contest, report, context)
    if german(contest) then run(contest, report, context) end
  end
  plugin:check(spec)
end

rule {
  id = "DE-01", severity = "error", source = DDG6,
  source_title = "§ 6 Abs. 1 Nr. 4 Digitale-Dienste-Gesetz (DDG)",
  quote = "Preisausschreiben oder Gewinnspiele mit Werbecharakter klar als solche erkennbar sein müssen",
  secondary = { OMSELS_SEE },
  summary = { de = "Das Gewinnspiel muss als solches klar erkennbar sein (§ 6 Abs. 1 Nr. 4 DDG)",
              en = "The contest must be clearly recognisable as a contest (§ 6(1) no. 4 DDG)" },
  run = function(contest, report)
    local words = { "gewinnspiel", "verlosung", "verlosen", "preisausschreiben", "zu gewinnen", "gewinne", "giveaway",
      "contest", "sweepstake", "win " }
    if not text.find_any(contest.text, words) then report:fail { field = "text" } end
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

rule {
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

rule {
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

rule {
  id = "DE-05.17", severity = "error", source = UWG_ANHANG,
  source_title = "UWG, Anhang (zu § 3 Absatz 3) Nr. 17",
  quote = "die unwahre Angabe oder das Erwecken des unzutreffenden Eindrucks, der Verbraucher habe bereits einen Preis "
    .. "gewonnen oder werde ihn gewinnen",
  secondary = { OMSELS_SEE },
  summary = { de = "Nicht den Eindruck erwecken, man habe schon gewonnen (UWG-Anhang Nr. 17)",
              en = "Do not create the impression that the reader has already won (UWG annex no. 17)" },
  run = function(contest, report)
    if text.find_any(contest.text, { "du hast gewonnen", "sie haben gewonnen", "ihr habt gewonnen", "you have won",
      "you've won", "du bist unser gewinner", "du bist gewinner" }) then
      report:fail { field = "text" }
    end
  end,
}

rule {
  id = "DE-05.21", severity = "error", source = UWG_ANHANG,
  source_title = "UWG, Anhang (zu § 3 Absatz 3) Nr. 21",
  quote = "das Angebot einer Ware oder Dienstleistung als „gratis“, „umsonst“, „kostenfrei“ oder dergleichen, "
    .. "wenn hierfür gleichwohl Kosten zu tragen sind",
  secondary = { see("https://boehmanwaltskanzlei.de/wirtschaftsrecht/wettbewerbsrecht/unlautere-handlungen/abnehmerschutz/"
    .. "schwarze-liste?start=20", "Böhm Anwaltskanzlei: Schwarze Liste Nr. 19–23 (reproduces the annex)") },
  summary = { de = "Nicht „gratis“ oder „kostenlos“ nennen, wenn die Teilnahme etwas kostet (UWG-Anhang Nr. 21)",
              en = "Do not call it \"free\" when taking part costs something (UWG annex no. 21)" },
  run = function(contest, report)
    local costs = (contest.entry_fee_eur or 0) > 0 or contest.entry:has("purchase")
    if costs and text.find_any(contest.text, { "gratis", "kostenlos", "umsonst", "free" }) then
      report:fail { field = "text" }
    end
  end,
}

rule {
  id = "DE-06", severity = "warning", source = UWG5A,
  source_title = "§ 5a Abs. 1 UWG (Irreführung durch Unterlassen)",
  quote = "Unlauter handelt auch, wer einen Verbraucher oder sonstigen Marktteilnehmer irreführt, indem er ihm eine "
    .. "wesentliche Information vorenthält",
  secondary = {
    see("https://itmedialaw.com/?p=86697", "IT-Medialaw: Kopplung von Gewinnspiel und Kauf ist zulässig", "2026-11-22"),
    see("https://www.betriebsrat.com/rechtsprechung/gesetze/uwg/5a", "Verbatim reproduction of § 5a UWG (read here)"),
  },
  summary = { de = "Kopplung an einen Kauf ist erlaubt, muss aber im Beitrag klar gesagt werden (§§ 5, 5a UWG)",
              en = "Tying entry to a purchase is allowed but must be stated clearly in the post (§§ 5, 5a UWG)" },
  run = function(contest, report)
    if contest.entry:has("purchase")
      and not text.find_any(contest.text, { "kauf", "einkauf", "bestell", "purchase", "buy", "bon", "kassenzettel" }) then
      report:fail { field = "text" }
    end
  end,
}

rule {
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
    local fee = contest.entry_fee_eur or 0
    if fee > 0.5 then
      report:fail { field = "entry_fee_eur", message = {
        de = ("Die Teilnahme kostet %s €; mehr als 0,50 € macht es zum Glücksspiel"):format((("%.2f"):format(fee):gsub("%.", ","))),
        en = ("Entering costs €%.2f; more than €0.50 makes it gambling"):format(fee) } }
    elseif text.find_any(contest.text, { "teilnahmegebuehr", "los kaufen", "lose kaufen", "einsatz von" }) then
      report:fail { field = "text", message = {
        de = "Der Text nennt eine Teilnahmegebühr oder einen Einsatz; höchstens 0,50 € sind zulässig",
        en = "The text mentions an entry fee or stake; at most €0.50 is allowed" } }
    end
  end,
}

rule {
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

rule {
  id = "DE-09.1", severity = "warning", source = LEITFADEN, source_title = LEITFADEN_TITLE,
  quote = "Die Art der Gewinnerauswahl ist vorab zu kommunizieren. Diese Information muss in dem Beitrag/Video/Post, "
    .. "in dem zur Teilnahme am Gewinnspiel aufgerufen wird, bereitgestellt werden.",
  summary = { de = "Der Beitrag selbst muss sagen, wie der Gewinner ermittelt wird (Auslosung oder Jury)",
              en = "The post itself must say how the winner is chosen (draw or jury)" },
  run = function(contest, report)
    if not text.find_any(contest.text, { "auslos", "verlos", "ausgelost", "losen", "wir losen", "zufall", "jury", "draw", "drawn", "random",
      "los entscheidet", "gewinner wird ermittelt" }) then
      report:fail { field = "text" }
    end
  end,
}

rule {
  id = "DE-09.2", severity = "error", source = LEITFADEN, source_title = LEITFADEN_TITLE,
  quote = "Es muss kommuniziert werden, wie lange an dem Gewinnspiel teilgenommen werden kann",
  summary = { de = "Das Ende des Teilnahmezeitraums muss angegeben sein", en = "The end of the entry period must be stated" },
  run = function(contest, report)
    if contest.period["end"] == nil then report:fail { field = "period" } end
  end,
}

rule {
  id = "DE-11", severity = "error", source = "https://www.gesetze-im-internet.de/ddg/__5.html",
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
  run = function(contest, report)
    if contest.organiser.imprint_url == nil then report:fail { field = "organiser.imprint_url" } end
  end,
}

rule {
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

rule {
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
rule {
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

rule {
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

rule {
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

rule {
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

local LABELS = { "werbung", "anzeige", "#ad", "advertisement", "sponsored", "bezahlte partnerschaft" }

local function undisclosed(subject)
  local ad = subject.ad_disclosure
  if not ad.commercial then return false end
  if ad.label and text.find_any(ad.label, LABELS) then return false end
  return not text.find_any(subject.text, LABELS)
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

rule {
  id = "DE-16", severity = "error", source = DISCLOSURE.source, source_title = DISCLOSURE.source_title,
  quote = DISCLOSURE.quote, secondary = DISCLOSURE.secondary, summary = DISCLOSURE.summary,
  run = function(contest, report)
    if undisclosed(contest) then report:fail { field = "ad_disclosure" } end
  end,
}

plugin:check {
  id = "DE-16.P", subject = "post", severity = "error", consequence = "legal", read = READ,
  source = DISCLOSURE.source, source_title = DISCLOSURE.source_title, quote = DISCLOSURE.quote,
  secondary = DISCLOSURE.secondary, summary = DISCLOSURE.summary,
  run = function(post, report)
    if undisclosed(post) then report:fail { field = "ad_disclosure" } end
  end,
}

return plugin
