// Closed word lists the speaker and content rules share.
const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that may stand between a subject and its cue ("Trump also said", "she has long argued"). */
export const ADVERBS = set(`also has have had 've 's would will could can may might must did does do is was were are
  been be being never often always already still just once later then previously recently repeatedly reportedly
  publicly privately again frequently quickly simply flatly first initially further subsequently explicitly bluntly
  openly angrily separately earlier sometimes long even not n't only since finally immediately clearly originally
  specifically directly proudly proceeded went on would've had've quietly loudly famously memorably correctly
  falsely wrongly rightly eventually ultimately jokingly sarcastically has-since`);

/** Verbs of aspect before a cue in -ing ("Johnson kept asking", "she began saying"): no part of the speaker. */
export const ASPECT_VERBS = set(`keep keeps kept start starts started begin begins began continue continues continued
  stop stops stopped`);

/** Words naming a time, skipped between a cue and its content or speaker ("said Monday that"). */
export const TIME_WORDS = set(`monday tuesday wednesday thursday friday saturday sunday today tonight yesterday
  morning afternoon evening night week weekend month year earlier later recently last this next on in at during
  late early the a an day days weeks months years ago`);

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday today tonight yesterday');

/** Words that end a noun phrase when scanning for a speaker. */
export const NP_STOPS = set(`that which when where while as because if and but or nor so than then after before
  since until although though whether why how what whom whose to in on at with by for from about into over under
  during against between through without within across among upon per via like unlike despite toward towards
  says said say told tells asked added according is was were are be been has have had will would can could should
  may might must do does did not no yes also just even only here there this these those it its it's we i you me us
  him them our your my`);

export const PRONOUNS = set('he she they we i it you who one');

export const DETERMINERS = set(`the a an his her their its our this that these those another one some many several
  both each every other any no most more few all`);

/** Words that introduce a subordinate or relative clause: a speaker cannot start there. */
export const RELATIVES = set('who which that');

/** Nouns for groups and institutions, resolved to organisations rather than people. */
export const ORG_NOUNS = set(`company group campaign agency ministry government party organization organisation
  committee firm department newspaper network airline administration office council union court police army
  military paper magazine station channel website site report statement study survey poll board bank embassy
  commission movement organizers organisers spokesman-office team club league association`);

// Phrases between a cue and its content: "said in a statement that", "told CNN on Sunday that".
export const BRIDGE = new Set(['in', 'on', 'at', 'during', 'a', 'an', 'the', 'statement', 'interview', 'with', 'news',
  'conference', 'speech', 'press', 'release', 'email', 'emailed', 'phone', 'telephone', 'call', 'rally', 'letter',
  'post', 'tweet', 'radio', 'television', 'tv', 'show', 'appearance', 'his', 'her', 'their', 'its', 'recent',
  'earlier', 'later', 'last', 'this', 'week', 'month', 'year', 'day', 'night', 'morning', 'afternoon', 'evening',
  'briefing', 'hearing', 'meeting', 'event', 'town', 'hall', 'debate', 'program', 'broadcast', 'op-ed', 'column',
  'message', 'video', 'also', 'again', 'publicly', 'repeatedly', 'previously', 'then', 'flatly', 'bluntly',
  'reporters', 'journalists', 'supporters', 'crowd', 'audience', 'voters', 'people', 'him', 'her', 'them', 'me',
  'us', 'officials', 'lawmakers', 'members', 'of', 'for', 'to', 'by', 'about', 'told', 'podcast', 'episode', 'segment',
  'discussion', 'remarks', 'address', 'session', 'forum', 'summit', 'campaign', 'stop', 'visit', 'trip', 'written',
  'prepared', 'televised', 'separate', 'same', 'follow-up', 'subsequent', 'appearance', 'profile', 'op-ed', 'piece',
  'blog', 'facebook', 'twitter', 'online', 'statement', 'text', 'message', 'sunday', 'time', 'news', 'conference',
  'investors', 'investor', 'teleconference', 'conference-call', 'hall', 'events', 'morning', 'late', 'early', 'hours',
  'minutes', 'days', 'interviews', 'speeches', 'remarks', 'hearing', 'testimony', 'transcript', 'filing', 'court',
  'documents', 'newsletter', 'memo', 'report', 'tweets', 'posts', 'rallies', 'audio', 'recording', 'footage', 'first',
  'several', 'times', 'many', 'number', 'past', 'years', 'weeks', 'months']);

// Words in -ly that are nouns or adjectives heading a phrase ("the family", "the weekly").
const LY_NOT_ADVERBS = new Set(['family', 'rally', 'ally', 'supply', 'assembly', 'anomaly', 'monopoly', 'belly', 'bully',
  'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'homily', 'lily', 'folly', 'holly', 'jelly', 'reply']);

/** `Morial forcefully told`, `which has strongly denied`: a lowercase manner adverb in -ly names nobody. */
export function mannerAdverb(t: { text: string; lower: string }): boolean {
  return t.lower.length > 4 && t.lower.endsWith('ly') && t.text === t.lower && !LY_NOT_ADVERBS.has(t.lower);
}

/** Sentence adverbs that open a clause before its subject ("However, ...", "Still, ..."). */
export const SENTENCE_ADVERBS = new Set(['however', 'moreover', 'meanwhile', 'still', 'instead', 'indeed', 'yet', 'now',
  'then', 'contrast', 'therefore', 'thus', 'nevertheless', 'nonetheless', 'furthermore', 'besides', 'later', 'earlier']);
