/**
 * The action lexicon: a class counts where it names the main verb, a verb coordinated with it, or
 * anything after a verb of handing over. Patterns are tried only where they can count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ActionLexicon, defaultLexicon } from '../../server/model/lexicon.js';

const classes = (text: string) => defaultLexicon.classify(text).map((m) => `${m.class}@${m.index}`);
/** The classes `text` names, without where. */
const classNames = (text: string): string[] => defaultLexicon.classify(text).map((m) => m.class);

describe('ActionLexicon.classify', () => {
  it('finds the main verb and the verbs coordinated with it, past leading adverbs', () => {
    assert.deepEqual(classes('detain or arrest an individual'), ['detain@0', 'arrest@10']);
    assert.deepEqual(classes('only notify ICE of a release'), ['notify@5']);
    assert.deepEqual(classes('routinely and knowingly detain, or transfer custody of, any person'), [
      'detain@24',
      'transfer-custody@35',
    ]);
    assert.deepEqual(classes('ask about the immigration status of a passenger, or notify ICE'), [
      'inquire-status@0',
      'notify@52',
    ]);
  });

  it('reads "arrest" or "detention" before a noun it modifies as no arrest or detention', () => {
    assert.deepEqual(classes('share arrest reports with ICE'), ['share-information@0']);
    assert.deepEqual(classes('share arrest warrants and detention records with ICE'), [
      'share-information@0',
    ]);
    assert.deepEqual(classes('arrest a person for ICE'), ['arrest@0']);
  });

  it('passes over any adverb in "-ly" before the verb, but not a verb in "-ly"', () => {
    assert.deepEqual(classes('fully cooperate with ICE'), ['cooperate@6']);
    assert.deepEqual(classes('actively assist ICE'), ['cooperate@9']);
    assert.deepEqual(classes('comply with any request from ICE'), ['cooperate@0']);
  });

  it('does not take a word elsewhere in the action for its verb', () => {
    // "contact" and "notify" are not what this clause does: it records.
    assert.deepEqual(classes('record the contact details of a witness'), []);
    assert.deepEqual(classes('record whether the officer chose to notify ICE'), []);
  });

  it('reads the whole action after a verb of handing over', () => {
    // "release … to ICE" names a transfer too, but a transfer yields to sharing named from the same word.
    assert.deepEqual(classes('provide release dates to ICE'), ['notify@8']);
    assert.deepEqual(classes('release body-worn camera footage to ICE'), ['share-information@0']);
    assert.deepEqual(classes('release a person to ICE'), ['transfer-custody@0']);
    assert.deepEqual(classes('release any record to ICE'), ['share-information@0']);
  });

  it('reads the verb after a lead-in, and the noun after a verb that brings an action about', () => {
    assert.deepEqual(classes("choose to notify ICE of an inmate's release date"), ['notify@10']);
    assert.deepEqual(classes('continue to honor detainers from ICE'), ['honor-detainer@12']);
    assert.deepEqual(classes('facilitate the transfer of an inmate to ICE'), ['transfer-custody@15']);
    assert.deepEqual(classes('be transferred to ICE custody'), ['transfer-custody@3']);
    // A lead-in without "to", and a request, bring nothing about.
    assert.deepEqual(classes('request approval before notifying ICE'), []);
  });

  it('reads the verb of a purpose: "use a phone to notify ICE"', () => {
    assert.deepEqual(classes('use a phone to notify ICE'), ['notify@15']);
    assert.deepEqual(classes('enter the jail to help ICE locate an inmate'), ['cooperate@18']);
    // "to" before a noun names no action.
    assert.deepEqual(classes('refer each request to the Watch Commander'), []);
    // What is not to be done is not done.
    assert.deepEqual(classes('train every Officer not to notify ICE of any release'), []);
  });

  it('does not read what a request asks for as what the action does', () => {
    // Reporting to the prosecutor is sharing (with someone else); the assistance is only asked for.
    assert.deepEqual(classes('report every request for assistance from ICE to the County Prosecutor'), [
      'share-information@0',
    ]);
    assert.deepEqual(classes('forward each request to detain a person to the Watch Commander'), []);
    assert.deepEqual(classes('honor requests for assistance from ICE'), ['cooperate@0']);
    // Who asks may stand between the request and what it asks; so may a proposal.
    assert.deepEqual(
      classes('report to a Commander every request by ICE to transfer a person to ICE custody'),
      ['share-information@0'],
    );
    assert.deepEqual(classes('decline every request from ICE to hold a person past the time of release'), []);
    assert.deepEqual(
      classes('report to the City Council any proposal to enter into an agreement under 8 U.S.C. § 1357(g)'),
      ['share-information@0'],
    );
    // Complying with a request does what it asks.
    assert.deepEqual(classes('comply with a request from ICE to hold an inmate'), [
      'cooperate@0',
      'detain@34',
    ]);
    // Whom or what is handed over is described, not done: the Officer asked, the report does not.
    assert.deepEqual(
      classes('report to the Chief every Officer who asks a person about immigration status'),
      ['share-information@0'],
    );
  });

  it('reads handing over named things to ICE, and custody for ICE, in the words drafts use', () => {
    assert.deepEqual(classes('provide the last known address of a suspect to ICE'), ['share-information@12']);
    assert.deepEqual(classes('release a person charged with a violent felony into ICE custody'), [
      'transfer-custody@47',
    ]);
    assert.deepEqual(classes('release an arrestee to an ICE agent'), ['transfer-custody@20']);
    assert.deepEqual(classes('keep an arrestee in custody for ICE'), ['honor-detainer@0']);
    assert.deepEqual(classes('lend marked vehicles to ICE'), ['provide-resources@0']);
    assert.deepEqual(classes('place a courtesy call to ICE'), ['notify@0']);
    for (const text of [
      'provide the records to ICE',
      'forward the results to ICE',
      'refer each foreign-born arrestee to ICE',
      'confirm the discharge time to ICE',
    ])
      assert.deepEqual(classNames(text), ['share-information'], text);
    // Probe round 9: holds on a detainer, data requests, copies of records, footage.
    for (const [text, cls] of [
      ['hold any person on the basis of an immigration detainer', 'honor-detainer'],
      ['house any covered alien for ICE for up to 48 hours', 'honor-detainer'],
      ['fulfill a bulk data request from ICE', 'share-information'],
      ['respond to each request from ICE for information about an inmate', 'share-information'],
      ['furnish copies of the booking record', 'share-information'],
      ['provide surveillance footage of any station to ICE', 'share-information'],
      ['ensure that the inmate is held until ICE arrives', 'detain'],
    ])
      assert.deepEqual(classNames(text!), [cls], text);
    assert.deepEqual(classes('support the enforcement of federal immigration law'), ['cooperate@0']);
    // Serving ICE's own warrants is arresting for ICE.
    assert.deepEqual(classes('serve warrants of removal on persons in custody'), ['arrest@0']);
    // Forwarding or referring within the agency is no sharing with ICE.
    assert.deepEqual(classes('forward each request to detain a person to the Watch Commander'), []);
    // The same things handed to nobody at ICE, or words that are verbs: nothing of the kind.
    assert.deepEqual(classes('release the home address of a victim to the victim'), []);
    assert.deepEqual(classes('address each complaint within 30 days'), []);
    assert.deepEqual(classes('record the home address of each witness'), []);
  });

  it('does not read what a notice says as what the action does', () => {
    assert.deepEqual(
      classes('give the person a written notice that MPD will not hold the person on the detainer'),
      [],
    );
    assert.deepEqual(classes('give ICE the release date of a person'), ['notify@13']);
  });
});

describe('ActionLexicon candidates', () => {
  // Patterns are filed by the first three letters of their first word, and a word is looked up
  // only where its first two characters start a key: keys of one, two and three characters, and
  // keys beyond ASCII, must each still be found.
  const lexicon = new ActionLexicon([
    {
      classes: {
        one: { patterns: ['x marks'] },
        two: { patterns: ['ok'] },
        three: { patterns: ['sign* papers'] },
        accented: { patterns: ['éloign*'] },
        second: { patterns: ['aé'] },
        secondOfMore: { patterns: ['aéra* the room'] },
      },
    },
  ]);
  const found = (text: string) => lexicon.classify(text).map((m) => `${m.class}@${m.index}`);

  it('finds patterns whose first word has one, two or three or more letters', () => {
    assert.deepEqual(found('x marks the spot'), ['one@0']);
    assert.deepEqual(found('xx marks'), []);
    assert.deepEqual(found('ok'), ['two@0']);
    assert.deepEqual(found('okay'), []);
    assert.deepEqual(found('signs papers'), ['three@0']);
    assert.deepEqual(found('si papers'), []);
  });

  it('finds patterns that start beyond ASCII, or whose second letter is', () => {
    assert.deepEqual(found('éloigner la personne'), ['accented@0']);
    assert.deepEqual(found('aé'), ['second@0']);
    assert.deepEqual(found('aérate the room'), ['secondOfMore@0']);
  });

  it('takes a class once, from the first of its patterns that counts', () => {
    const twice = new ActionLexicon([{ classes: { notify: { patterns: ['notify', 'notif* ice'] } } }]);
    assert.deepEqual(
      twice.classify('notify ice').map((m) => `${m.class}@${m.index}+${m.length}`),
      ['notify@0+6'],
    );
  });
});

describe('ActionLexicon recipients', () => {
  it('knows which actions tell someone something', () => {
    assert.equal(defaultLexicon.tells([{ class: 'notify' }, { class: 'share-information' }]), true);
    assert.equal(defaultLexicon.tells([{ class: 'notify' }, { class: 'detain' }]), false);
    assert.equal(defaultLexicon.tells([]), false);
    assert.equal(
      new ActionLexicon([{ classes: { notify: { patterns: ['notify'] } } }]).tells([{ class: 'notify' }]),
      false,
    );
  });

  it('reads telling verbs as whole words', () => {
    assert.equal(defaultLexicon.isTellingVerb('notified'), true);
    assert.equal(defaultLexicon.isTellingVerb('inform'), true);
    assert.equal(defaultLexicon.isTellingVerb('information'), false);
    assert.equal(defaultLexicon.isTellingVerb('share'), false);
  });

  it('folds plurals and possessives of those who may be told', () => {
    for (const word of ['person', 'victims', 'witnesses', "attorney's", 'families', 'People', 'parents’'])
      assert.equal(defaultLexicon.namesOther(word), true, word);
    for (const word of ['agency', 'agencies', 'ICE', 'personnel'])
      assert.equal(defaultLexicon.namesOther(word), false, word);
  });

  it('finds every counterpart mention, in text order', () => {
    assert.deepEqual(defaultLexicon.counterpartMentions('from ice to the dhs and ice'), [
      { name: 'immigration-authority', index: 5, length: 3 },
      { name: 'immigration-authority', index: 16, length: 3 },
      { name: 'immigration-authority', index: 24, length: 3 },
    ]);
  });

  it('says its own counterparts in words, and defined names as they are', () => {
    assert.equal(defaultLexicon.counterpartLabel('immigration-authority'), 'an immigration authority');
    assert.equal(defaultLexicon.counterpartLabel('ICE'), 'ICE');
  });
});

describe('ActionLexicon: wordings of cooperation found by a probe of weak drafting', () => {
  it('sharing information: with whom, to whom, confirming to whom', () => {
    assert.deepEqual(classNames("share a person's criminal history with ICE"), ['share-information']);
    assert.deepEqual(classNames('send each booking record to ICE'), ['share-information']);
    assert.deepEqual(classNames('confirm to ICE whether a person is in custody'), ['share-information']);
  });

  it('not sharing: a share that is not the verb, a confirmation that tells nobody', () => {
    assert.deepEqual(classNames('record whether the person shared a cell with another detainee'), []);
    assert.deepEqual(classNames('confirm that the person consents to a search'), []);
    // "send … to" is a verb of handing over, but sending an officer holds nobody for ICE.
    const sent = classNames('send the officer to the scene');
    assert.ok(!sent.includes('honor-detainer') && !sent.includes('transfer-custody'), sent.join());
  });

  it('transporting a person is transferring custody, at the verb only', () => {
    assert.deepEqual(classNames('transport a person to an ICE facility'), ['transfer-custody']);
    assert.deepEqual(classNames('record the transport of each detainee'), []);
  });

  it('holding or keeping a person past release, and ICE holds, honor a detainer', () => {
    assert.deepEqual(
      classNames("keep a person in custody past the person's scheduled release at the request of ICE"),
      ['honor-detainer'],
    );
    // Detaining gives way to honoring a detainer named from the same verb: "hold any person on a
    // detainer" does not forbid detaining a person named in a judicial warrant.
    assert.deepEqual(classNames('hold any person past the time the person would normally be released'), [
      'honor-detainer',
    ]);
    assert.deepEqual(classNames("detain a person past the person's release date"), ['honor-detainer']);
    assert.deepEqual(classNames('held the person past the scheduled release'), ['honor-detainer']);
    assert.deepEqual(classNames('hold any person on a detainer request'), ['honor-detainer']);
    assert.deepEqual(classNames('detained on the basis of a detainer'), ['honor-detainer']);
    assert.deepEqual(classNames('hold a person for questioning'), ['detain']);
    assert.deepEqual(classNames('place an ICE hold on any person'), ['honor-detainer']);
    assert.deepEqual(classNames('lodge an immigration hold against any person'), ['honor-detainer']);
    assert.deepEqual(classNames('honor ICE holds'), ['honor-detainer']);
    assert.deepEqual(classNames('honor a hold request from ICE'), ['honor-detainer']);
    // Delaying a release for ICE is a hold; delaying it for anyone else is not.
    assert.deepEqual(classNames('delay the release of any inmate for ICE'), ['honor-detainer']);
    assert.deepEqual(classNames('delay the release of a person held on a detainer'), ['honor-detainer']);
    assert.deepEqual(classNames('delay the release of a juvenile to a parent'), []);
    // The detainer may come more words after the release than one gap allows.
    assert.deepEqual(
      classNames('delay the release of any inmate who is subject to an immigration detainer'),
      ['honor-detainer'],
    );
    assert.deepEqual(classNames('delay the release of any inmate who is subject to a court order'), []);
    // "solely" and its kin between the hold and the detainer (probe round 14).
    for (const text of [
      'hold a person solely based on an immigration detainer',
      'detain a person based solely on an immigration detainer',
      'detain a person on the sole basis of an immigration detainer',
      'continue the detention of a person pursuant to an immigration detainer',
      'keep a person in custody pursuant to an immigration detainer',
      'detain a person on the basis of a hold request',
    ])
      assert.deepEqual(classNames(text), ['honor-detainer'], text);
  });

  it('not a detainer: keeping things, passing by, holding facilities', () => {
    assert.deepEqual(classNames('keep the evidence past the retention date'), []);
    assert.deepEqual(classNames('detain any person who runs past a police barricade'), ['detain']);
    assert.deepEqual(classNames('place the person in an immigration holding facility'), []);
    assert.deepEqual(classNames('place a hold on the vehicle'), []);
  });

  it('queries, searches and identifications run for ICE share what they find (probe 10)', () => {
    assert.deepEqual(classNames('run a plate query on behalf of ICE'), ['share-information']);
    assert.deepEqual(classNames('query ALPR data for immigration enforcement purposes'), [
      'share-information',
    ]);
    assert.deepEqual(classNames('search the gang database for ICE'), ['share-information']);
    assert.deepEqual(classNames('use facial recognition to identify a person for ICE'), [
      'share-information',
    ]);
    assert.deepEqual(classNames('run a records check for ICE'), ['share-information']);
    assert.deepEqual(classNames('conduct a criminal records check at the request of ICE'), [
      'share-information',
    ]);
    assert.deepEqual(classNames('search the records management system at the request of ICE'), [
      'share-information',
    ]);
    // Identifying someone for another purpose shares nothing.
    assert.deepEqual(classNames('identify the owner of the vehicle'), []);
    assert.deepEqual(classNames('run the license plate of the vehicle'), []);
    assert.deepEqual(classNames('search the vehicle for weapons'), []);
    assert.deepEqual(classNames('query the person about the incident'), []);
  });

  it('letting ICE interview someone, in the noun form too, is access', () => {
    assert.deepEqual(classNames('permit ICE interviews of inmates'), ['grant-access']);
    assert.deepEqual(classNames('allow interviews of detainees by ICE'), ['grant-access']);
    assert.deepEqual(classNames('facilitate an ICE interview of any person in custody'), ['grant-access']);
  });

  it('statutory and institutional wordings of the same cooperation (probe round 12)', () => {
    assert.deepEqual(classNames('continue the detention of a person beyond the time of release'), ['detain']);
    assert.deepEqual(classNames('keep a person in custody for up to 48 hours'), ['detain']);
    assert.deepEqual(classNames('respond to a notification request from ICE'), ['notify']);
    assert.deepEqual(classNames('respond to a request from ICE for notification of release'), ['notify']);
    assert.deepEqual(classNames('allow ICE agents onto the jail grounds'), ['grant-access']);
    assert.deepEqual(classNames('let ICE agents enter the jail'), ['grant-access']);
    assert.deepEqual(classNames('escort ICE agents to nonpublic areas of the courthouse'), ['grant-access']);
    assert.deepEqual(classNames('escort ICE officers to the holding area'), ['grant-access']);
    assert.deepEqual(classNames('meet with ICE each month to coordinate courthouse operations'), [
      'cooperate',
    ]);
    assert.deepEqual(classNames('participate in arrests based on civil immigration warrants'), [
      'assist-operation',
    ]);
    // Escorting ICE agents about, with no place they are let into, is keeping watch over them.
    assert.deepEqual(classNames('escort ICE agents at all times'), []);
    assert.deepEqual(classNames('continue the investigation'), []);
    assert.deepEqual(classNames('meet with the victim'), []);
  });

  it('status information (8 U.S.C. § 1373) and access to records are kinds of sharing apart', () => {
    const statute =
      'sending to, or receiving from, ICE information regarding the citizenship or immigration status of any person';
    assert.deepEqual(classNames(statute), ['share-status']);
    assert.deepEqual(classNames('report the immigration status of any person to ICE'), ['share-status']);
    assert.deepEqual(classNames('provide ICE with access to any database the Department maintains'), [
      'grant-access',
      'records-access',
    ]);
    // Neither is the other, nor a notice of release; both are sharing.
    assert.equal(defaultLexicon.overlaps('share-status', 'notify'), false);
    assert.equal(defaultLexicon.overlaps('share-status', 'records-access'), false);
    assert.equal(defaultLexicon.isWithin('share-status', 'share-information'), true);
    assert.equal(defaultLexicon.isWithin('records-access', 'share-information'), true);
  });

  it('contact information and contact details are what is shared, not a notice', () => {
    assert.deepEqual(classNames("share a person's contact information with ICE"), ['share-information']);
    assert.deepEqual(classNames('disclose the contact details of any person to ICE'), ['share-information']);
    assert.deepEqual(classNames('provide biographical details to ICE'), ['share-information']);
    assert.deepEqual(classNames('share personal details with ICE'), ['share-information']);
    assert.deepEqual(classNames('contact ICE'), ['notify']);
    assert.deepEqual(classNames('notify ICE of the release date'), ['notify']);
  });

  it('letting ICE in is access; letting ICE use something is resources', () => {
    assert.deepEqual(classNames('let ICE agents into the booking area'), ['grant-access']);
    assert.deepEqual(classNames('lets ICE agents into the jail'), ['grant-access']);
    assert.deepEqual(classNames('allow ICE agents to use the interview rooms'), ['provide-resources']);
    assert.deepEqual(classNames('permit ICE to use the database'), ['provide-resources']);
    assert.deepEqual(classNames('allow ICE to interview a person'), ['grant-access']);
  });

  it('access to a place or a person is access; access to records is sharing them too', () => {
    assert.deepEqual(classNames('give ICE access to the jail'), ['grant-access']);
    assert.deepEqual(classNames('give ICE agents access to any person in custody'), ['grant-access']);
    assert.deepEqual(classNames('let ICE agents interview any inmate'), ['grant-access']);
    // Sharing gives way to access where both are named at "give", and is named again at "access to
    // … databases".
    assert.deepEqual(classes('give ICE access to MPD databases'), ['grant-access@0', 'records-access@9']);
    assert.deepEqual(classNames('provide ICE with access to its records management system'), [
      'grant-access',
      'records-access',
    ]);
    assert.deepEqual(classNames('give ICE the release date of any person'), ['notify']);
  });

  it('lending officers to ICE operations, letting ICE operate, and telling any immigration agency', () => {
    assert.deepEqual(classNames('detail Troopers to ICE transport operations'), ['assist-operation']);
    assert.deepEqual(classNames('assign staff to ICE operations'), ['assist-operation']);
    assert.deepEqual(classNames('authorize ICE to conduct enforcement operations on campus'), [
      'grant-access',
    ]);
    assert.deepEqual(classNames('provide CBP with the home address of any person stopped'), [
      'share-information',
    ]);
    assert.deepEqual(classNames('provide ERO with the courtroom number of any defendant'), [
      'share-information',
    ]);
    // A participle after a noun describes it: "any person stopped", "any person held on a detainer".
    assert.deepEqual(classNames('release any person held on an ICE detainer'), []);
  });

  it('the use of rooms, cells and vehicles is resources, not information', () => {
    assert.deepEqual(classNames('give ICE the use of any MPD vehicle or office'), ['provide-resources']);
    assert.deepEqual(classNames('grant ICE the use of a private interview room'), ['provide-resources']);
    assert.deepEqual(classNames('make holding cells available to ICE'), ['provide-resources']);
    // A holding cell is a place, not a detention.
    assert.deepEqual(classNames('give ICE agents access to the holding cells'), ['grant-access']);
  });

  it('not access or resources: letting or allowing someone leave', () => {
    assert.deepEqual(classNames('let the person leave'), []);
    assert.deepEqual(classNames('allow a person to leave'), []);
  });
});

describe('ActionLexicon: handing ICE things, and task forces', () => {
  it('reads giving ICE, providing ICE with and making available to ICE as sharing information', () => {
    for (const text of [
      'give ICE the home address of any person',
      "provide ICE with a person's home address",
      'make booking records available to ICE',
    ])
      assert.deepEqual(classNames(text), ['share-information'], text);
    // Providing a person with a notice is no sharing with anyone the lexicon knows of.
    assert.deepEqual(defaultLexicon.classify('provide each person with a written notice'), []);
  });

  it('names a defined counterpart as written, with an article when it is a common noun in the singular (probe round 17)', () => {
    assert.equal(
      defaultLexicon.counterpartLabel('federal immigration officer'),
      'a federal immigration officer',
    );
    assert.equal(defaultLexicon.counterpartLabel('ICE'), 'ICE');
    assert.equal(defaultLexicon.counterpartLabel('Border Patrol'), 'Border Patrol');
    assert.equal(
      defaultLexicon.counterpartLabel('federal immigration authorities'),
      'federal immigration authorities',
    );
    assert.equal(defaultLexicon.counterpartLabel('immigration-authority'), 'an immigration authority');
  });

  it('reads sending ICE what a long object names as sharing information (probe round 17)', () => {
    for (const text of [
      'send the fingerprints of each person booked into the jail to ICE',
      'forward the booking photograph of every person arrested on a warrant to ICE',
      "e-mail the daily booking list, with each inmate's place of birth, to the ICE field office",
    ])
      assert.deepEqual(classNames(text), ['share-information'], text);
  });

  it('reads interrogating a person about the right to be in the country as a status question, past a long object (probe round 17)', () => {
    assert.deepEqual(
      classNames(
        "interrogate any person in custody believed to be an alien about the person's right to be or to remain in the United States",
      ),
      ['inquire-status'],
    );
  });

  it('reads disclosing the agreement or the policy itself as telling nothing about anyone (probe round 17)', () => {
    for (const text of [
      'disclose the contents of this MOA',
      'disclose the terms of the agreement without the prior approval of ICE',
      'release the text of this policy',
      'disclose this order',
    ])
      assert.deepEqual(defaultLexicon.classify(text), [], text);
    for (const text of [
      'disclose the order to ICE',
      'disclose the contents of any record to ICE',
      "disclose the contents of this agreement's inmate list to ICE",
    ])
      assert.deepEqual(classNames(text), ['share-information'], text);
  });

  it('reads assisting ICE in an arrest as taking part in an operation, not as every cooperation', () => {
    for (const text of [
      'assist ICE in making a civil arrest at a courthouse',
      'assist ICE agents in any arrest',
      'help ICE arrest a person',
    ])
      assert.deepEqual(classNames(text), ['assist-operation'], text);
    assert.deepEqual(classNames('assist ICE'), ['cooperate']);
  });

  it('reads taking part in a task force as assisting an operation', () => {
    assert.deepEqual(classNames('participate in any ICE task force'), ['assist-operation']);
  });
});
