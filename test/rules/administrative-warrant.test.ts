import { administrativeWarrant } from '../../server/rules/administrative-warrant.js';
import { designExample, readRepo } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const defs =
  'define MPD as agency.\ndefine Officer as member of MPD.\ndefine ICE as immigration authority.\n';

ruleTester(administrativeWarrant, {
  valid: [
    { name: 'the DESIGN example', code: designExample() },
    {
      name: 'the Voces proposal, which says Forms I-247D/N/X are not judicial warrants',
      code: readRepo('clauses', 'milwaukee-sop130-voces-proposal.policy'),
    },
    `${defs}2.1 MPD may respond to a civil immigration detainer only if the request is accompanied by a judicial warrant.`,
    {
      name: 'a definition of a judicial warrant that keeps administrative warrants out, and one of an administrative warrant',
      code: `${defs}define "judicial warrant" as term: a warrant signed by a federal or state judge, and not an administrative warrant on Form I-200 or I-205.\ndefine "administrative warrant" as term: a warrant signed by an officer of ICE, such as Form I-200.`,
    },
    {
      name: 'a definition that says the administrative warrant is no judicial warrant',
      code: `${defs}define "judicial warrant" as term: a warrant signed by a federal or state judge; an administrative warrant on Form I-200 or I-205 is not a judicial warrant.`,
    },
    {
      name: "a judge's warrant in other words (probe round 9)",
      code: `${defs}2.2 Officers shall not hold any person for ICE unless and until a judge of a federal or Massachusetts court signs a warrant.`,
    },
    `${defs}2.2 MPD shall not hold any person on an immigration detainer unless the detainer is accompanied by a judicial warrant.`,
    {
      name: 'a condition of a prohibition narrows it; it enables nothing',
      code: `${defs}2.3 MPD shall not hold any person if the only basis is a Form I-247A detainer.`,
    },
    {
      name: "a removal order a federal judge signed is the judge's; a warrant a court issued is a court's (probe round 12)",
      code: `${defs}2.1 MPD shall not notify ICE of a release unless the person is subject to a final order of removal signed by a federal judge.\n2.2 MPD may disclose records to ICE only if a court-issued subpoena, warrant or order requires the disclosure.`,
    },
    {
      name: 'a definition whose warrant is signed by a judge, with words in between',
      code: `${defs}define "judicial warrant" as term: a warrant based on probable cause and issued and signed by a federal or state judge.`,
    },
    {
      name: 'a defined term whose definition requires a judge',
      code: `${defs}define "arrest warrant" as term: a warrant issued and signed by a federal or state judge.\n2.4 MPD may transfer a person to ICE custody only if ICE presents an arrest warrant.`,
    },
    {
      name: 'every item required, one of them a judicial warrant',
      code: `${defs}2.5 MPD may notify ICE of the release date only if all of:\n    a. ICE presents Form I-247A;\n    b. a judicial warrant is presented.`,
    },
    {
      name: 'an arrest on a warrant is ordinary policing',
      code: `${defs}2.6 Officers may arrest a person if a warrant has been issued for the person.`,
    },
    {
      name: 'an "or" inside the judicial warrant\'s own phrase offers no alternative',
      code: `${defs}2.8 MPD shall not hold any person on a detainer unless the detainer is accompanied by a warrant signed by a federal or state judge.`,
    },
    {
      name: 'a judicial warrant or a court order: both judicial',
      code: `${defs}2.9 MPD shall not hold any person on a detainer unless ICE presents a judicial warrant or a court order.`,
    },
    {
      name: 'a notice that MPD will not hold the person on the detainer honors none',
      code: `${defs}2.12 When a civil immigration detainer is lodged against a person in MPD custody, Officers shall give the person a copy of the detainer and a written notice that MPD will not hold the person on the detainer.`,
    },
    {
      name: 'a statement about the forms is no condition',
      code: `${defs}2.7 A detainer request on Form I-247D, I-247N or I-247X is not a judicial warrant.`,
    },
    {
      name: 'a detainer that triggers telling someone else gives ICE nothing',
      code: `${defs}define "Watch Commander" as member of MPD.\n2.8 The Watch Commander shall notify the person's attorney if ICE lodges an immigration detainer against the person.`,
    },
  ],
  invalid: [
    {
      name: 'a reason given with "solely" is no condition that lets the hold happen (probe round 12)',
      code: `${defs}2.3 MPD shall not detain any person solely on the basis of an immigration detainer unless the detainer is accompanied by a warrant.`,
      errors: [{ messageId: 'bare', line: 4, column: 124, text: 'warrant' }],
    },
    {
      name: 'a definition that lets an immigration court count as a judicial warrant says what the court is',
      code: `${defs}define "judicial warrant" as term: a warrant signed by a federal or state judge, or a judge of the immigration court.`,
      errors: [
        {
          message:
            "the definition lets a paper of the 'immigration court' (part of the Department of Justice, not a federal or state court) count as a judicial warrant: every clause that requires one accepts it; define it as a warrant signed by a federal or state judge",
          line: 4,
          column: 100,
          text: 'immigration court',
        },
      ],
    },
    {
      name: 'a definition that lets an administrative warrant count as a judicial warrant',
      code: `${defs}define "judicial warrant" as term: a warrant signed by a federal or state judge, or an administrative warrant on Form I-200 or I-205.\n3.1 MPD shall not honor a detainer unless it is accompanied by a judicial warrant.`,
      errors: [
        {
          message:
            "the definition lets 'administrative warrant', which ICE issues and signs itself, count as a judicial warrant: every clause that requires one accepts it; define it as a warrant signed by a federal or state judge",
          line: 4,
          column: 88,
          text: 'administrative warrant',
        },
      ],
    },
    {
      name: "a judicial warrant defined as a warrant ICE or a court issues takes in ICE's own (probe round 14)",
      code: `${defs}define "judicial warrant" as term: any warrant or order issued by ICE or a court.`,
      errors: [{ messageId: 'definitionBare', line: 4, column: 40, text: 'warrant' }],
    },
    {
      name: "a judicial warrant defined as any warrant takes in ICE's own",
      code: `${defs}define "judicial warrant" as term: any warrant or other order issued in a criminal matter.`,
      errors: [
        {
          message:
            "the definition lets any 'warrant', ICE's administrative warrant (Form I-200, signed by an immigration officer) among them, count as a judicial warrant: every clause that requires one accepts it; define it as a warrant signed by a federal or state judge",
          line: 4,
          column: 40,
          text: 'warrant',
        },
      ],
    },
    {
      name: 'a condition the items of a list of duties share is reported once (probe round 9)',
      code: `${defs}2.4 The Officer shall do the following when ICE lodges a detainer against an inmate:\n    a. notify ICE of the release;\n    b. hold the inmate for up to 48 hours.`,
      errors: [{ messageId: 'form', line: 4, column: 58, text: 'detainer' }],
    },
    {
      name: 'a list of duties after a condition is no condition either',
      code: `${defs}2.14 Officers shall take the following steps when ICE asks for an inmate:\n    a. log each person named in a detainer;\n    b. transfer the person to ICE custody only if ICE presents Form I-205.`,
      errors: [{ messageId: 'form', line: 6, column: 64, text: 'Form I-205' }],
    },
    {
      name: 'in a list of duties, a detainer in an item’s action is no condition; one in its condition is',
      code: `${defs}2.13 MPD shall do the following:\n    a. log each person named in a detainer;\n    b. transfer a person to ICE custody only if ICE presents Form I-205.`,
      errors: [{ messageId: 'form', line: 6, column: 62, text: 'Form I-205' }],
    },
    {
      name: '"upon presentation of" after the action is a condition',
      code: `${defs}2.11 Officers may release a person to ICE custody upon presentation of Form I-205.\n2.12 Officers may transfer a person to ICE custody upon receipt of a warrant of removal.`,
      errors: [
        { messageId: 'form', line: 4, column: 72, text: 'Form I-205' },
        // A warrant of removal is ICE's own paper; an order of removal is the immigration court's.
        { messageId: 'form', line: 5, column: 70, text: 'warrant of removal' },
      ],
    },
    {
      name: 'an order of an immigration judge, or a warrant of the immigration court, is no judicial warrant',
      code: `${defs}2.9 Officers shall not transfer a person to ICE custody unless an immigration judge has ordered the removal of the person.\n2.10 Officers may detain a person for ICE if ICE presents a warrant signed by a judge of the immigration court.`,
      errors: [
        {
          message:
            "'immigration judge' comes from an immigration court, part of the Department of Justice, not from a judge of a federal or state court; require a judicial warrant signed by a federal or state judge",
          line: 4,
          column: 67,
          text: 'immigration judge',
        },
        { messageId: 'court', line: 5, column: 94, text: 'immigration court' },
      ],
    },
    {
      name: 'an administrative warrant offered as an alternative to a judicial one',
      code: `${defs}2.10 MPD shall not hold any person for ICE unless ICE presents an administrative warrant or a judicial warrant.`,
      errors: [{ messageId: 'form', line: 4, column: 67, text: 'administrative warrant' }],
    },
    {
      name: 'a form offered as an alternative, after "either"',
      code: `${defs}2.11 MPD may transfer custody to ICE if ICE presents either a judicial warrant or a Form I-200.`,
      errors: [{ messageId: 'form', line: 4, column: 85, text: 'Form I-200' }],
    },
    {
      name: 'an unqualified warrant enabling a permission',
      code: `${defs}2.1 MPD may honor a detainer if it is accompanied by a warrant.`,
      errors: [{ messageId: 'bare', line: 4, column: 56, text: 'warrant' }],
    },
    {
      name: 'the exception to a prohibition: the warrant, not the detainer it accompanies',
      code: `${defs}2.2 Officers shall not hold any person on an immigration detainer\n    unless the detainer is accompanied by a warrant.`,
      errors: [{ messageId: 'bare', line: 5, column: 45, text: 'warrant' }],
    },
    {
      name: 'three detainer forms (the Voces FAQ)',
      code: `${defs}4.4 Officers may transfer an individual to ICE custody if ICE presents Form I-247D, Form I-247N or Form I-247X.`,
      errors: [
        {
          message:
            "'Form I-247D' is issued and signed by ICE itself, not by a judge; require a judicial warrant signed by a federal or state judge",
          line: 4,
          column: 72,
          text: 'Form I-247D',
        },
        { messageId: 'form', line: 4, column: 85, text: 'Form I-247N' },
        { messageId: 'form', line: 4, column: 100, text: 'Form I-247X' },
      ],
    },
    {
      name: 'one alternative of a list is enough',
      code: `${defs}2.9 MPD may notify ICE of the release date only if any of:\n    a. ICE presents an immigration detainer;\n    b. a judicial warrant is presented.`,
      errors: [{ messageId: 'form', line: 5, column: 24, text: 'immigration detainer' }],
    },
    {
      name: 'a warrant issued by ICE for an arrest on its behalf, in a leading condition',
      code: `${defs}2.5 When ICE presents a warrant issued by ICE, Officers may arrest the person named in it.`,
      errors: [{ messageId: 'form', line: 4, column: 25, text: 'warrant issued by ICE' }],
    },
    {
      name: 'a duty triggered by a detainer',
      code: `${defs}2.11 MPD shall notify ICE of the release date after ICE lodges an immigration detainer.`,
      errors: [{ messageId: 'form', line: 4, column: 67, text: 'immigration detainer' }],
    },
  ],
});
