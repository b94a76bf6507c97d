"""The two demo articles in English. Same block order as the bokmål ones. Pure data.

Norwegian terms a reader will meet at work (avvik, verneombud, BHT) are kept beside the
English words, and the laws keep their Norwegian names.
"""

AVVIK_EN = {
    "title": "What is a deviation – and what is it not?",
    "slug": "what-is-a-deviation",
    "intro": "The injury is rarely the deviation: how to find the cause that actually needs fixing.",
    "body": [
        ("heading", "A breach of a requirement"),
        (
            "paragraph",
            "<p>A deviation (<i>avvik</i>) is a breach of a requirement. The requirement may be in the Working "
            "Environment Act, in a regulation or in the company's own procedures. In practice we also count "
            "unwanted events that had, or could have had, consequences for health, the environment or safety. Every "
            "business must have procedures for finding, correcting and preventing such breaches.</p>",
        ),
        (
            "law",
            {
                "reference": "Internkontrollforskriften § 5 nr. 7",
                "title": "Procedures for deviations",
                "text": (
                    "The business must have procedures to detect, correct and prevent breaches of requirements in the "
                    "health, environment and safety legislation. The procedures must be in writing. Section 3-1 of the "
                    "Working Environment Act (AML § 3-1) places the same duty on the employer."
                ),
            },
        ),
        ("heading", "The event is not the deviation"),
        (
            "paragraph",
            "<p>The most common mistake in deviation reports is to describe the event and think the job is done. "
            "Take this example, which the Labour Inspection Authority (Arbeidstilsynet) also uses: an employee slips "
            "on ice and breaks a leg. The broken leg is the event. The deviation is that the ice had not been "
            "gritted, because nobody had been given that responsibility.</p>"
            "<p>The difference matters. A broken leg cannot be “corrected”. A missing procedure can. An example from "
            "a school: an after-school care (SFO) employee slips in the schoolyard at 07:20. The caretaker grits at "
            "08:00. The deviation is that nobody is responsible for gritting before SFO opens. The measure is to move "
            "the gritting, or to give someone the responsibility for the first hours. Without that change, the same "
            "thing happens on the next frosty morning.</p>",
        ),
        ("heading", "The scaffold and the spanner"),
        (
            "paragraph",
            "<p>A worker drops a spanner on a scaffold. It falls through the gap by the wall and bounces down "
            "several floors. Nobody is hit. What is the deviation?</p>"
            "<ul>"
            "<li><b>The event</b> is that the spanner falls.</li>"
            "<li><b>The first deviation</b> is that the tool was not secured with a lanyard for work at height. "
            "Either the instruction was not followed, or the employer had not provided lanyards.</li>"
            "<li><b>The second deviation</b> is that the scaffold had no protection against falling objects: the "
            "toe board had not been put back, and there was no net between the levels.</li>"
            "</ul>"
            "<p>A good report names both: “Inadequate procedure for securing tools at height. The worker had no tool "
            "lanyard, and the toe board had not been put back after work by the wall.” Then the measures can target "
            "the causes: lanyards and a rule that they are used, inspection of the scaffold, and a safe job analysis "
            "before work at height.</p>",
        ),
        ("heading", "What is not a deviation?"),
        (
            "paragraph",
            "<ul>"
            "<li><b>The injury itself.</b> It is the consequence. Report it, but look for the cause.</li>"
            "<li><b>“He wasn't paying attention”.</b> Human errors always happen. Ask why the error was possible, "
            "and what could have stopped it.</li>"
            "<li><b>Normal variation in operations.</b> A late delivery of goods is annoying, but not an HMS "
            "deviation as long as nobody is exposed to danger.</li>"
            "<li><b>Matters that belong elsewhere.</b> Disagreements about pay or holidays are taken up with the "
            "manager or the union representative. Harassment and violence, on the other hand, are working "
            "environment matters and must be reported under the procedures.</li>"
            "</ul>",
        ),
        ("heading", "Near misses and unsafe conditions are deviations too"),
        (
            "paragraph",
            "<p>A deviation does not have to have caused harm. Reports are often divided into four types: incident, "
            "near miss, unsafe condition and improvement proposal. Examples of near misses and unsafe conditions are "
            "a valve left open that should have been closed, a fault in safety equipment found in time, and a spray "
            "bottle without a label in a cleaning room.</p>"
            "<p>Reports like these are the cheapest lessons a business can get. Many reports are therefore a good "
            "sign. A department that never reports anything is seldom safer than the others.</p>",
        ),
        ("heading", "Three questions that help"),
        (
            "paragraph",
            "<ol>"
            "<li>Which requirement was breached: in the law, in the regulations or in our own procedures?</li>"
            "<li>Who is responsible for making sure the requirement is followed?</li>"
            "<li>What must change so that it does not happen again, here and elsewhere?</li>"
            "</ol>"
            "<p>If you can answer these three questions, you have found the deviation, not just the event.</p>",
        ),
    ],
}

RISIKO_EN = {
    "title": "Risk assessment in five steps",
    "slug": "risk-assessment-in-five-steps",
    "intro": "A simple method for finding, assessing and reducing risk, with an example from home care.",
    "body": [
        ("heading", "Why assess risk?"),
        (
            "paragraph",
            "<p>Risk assessment is the core of systematic HMS work. The employer must map hazards, assess the risk "
            "and make plans and measures. This must also be done before changes, such as a new rota, new premises or "
            "new equipment. The method below suits most businesses, from a building site to an office.</p>",
        ),
        (
            "law",
            {
                "reference": "AML § 3-1",
                "title": "Systematic HMS work",
                "text": (
                    "The employer must map hazards and problems, assess the risk and make plans and measures to reduce "
                    "it. When changes are planned, the employer must assess whether the working environment will still "
                    "meet the requirements of the Act."
                ),
            },
        ),
        ("heading", "Step 1: Define the scope and involve people"),
        (
            "paragraph",
            "<p>Decide what you will assess: a department, a task or a planned change. Choose something concrete. "
            "“Evening visits in the north zone” is better than “all of home care”. Involve the manager, the safety "
            "representative (verneombud) and someone who does the job every day. Ask the occupational health service "
            "(BHT) for help when you need measurements or expertise.</p>",
        ),
        ("heading", "Step 2: Find the hazards"),
        (
            "paragraph",
            "<p>Ask: what can go wrong? Look at three kinds of factors:</p>"
            "<ul>"
            "<li><b>Physical:</b> falls, noise, chemicals, heavy lifting, machines, indoor climate.</li>"
            "<li><b>Psychosocial:</b> violence and threats, conflicts, harassment.</li>"
            "<li><b>Organisational:</b> workload, staffing, working alone, time pressure.</li>"
            "</ul>"
            "<p>Use deviation reports, sickness absence, safety inspections and conversations with employees. Those "
            "who do the job often know where things have nearly gone wrong.</p>",
        ),
        ("heading", "Step 3: Assess the risk"),
        (
            "paragraph",
            "<p>Risk is likelihood times consequence. Give each hazard a number from 1 to 3 for both:</p>"
            "<ul>"
            "<li>Likelihood: 1 = unlikely, 2 = could happen, 3 = will probably happen.</li>"
            "<li>Consequence: 1 = minor injury, 2 = injury with absence, 3 = serious or permanent injury.</li>"
            "</ul>"
            "<p>Multiply the numbers. 1–2 is low risk, 3–4 is medium, 6–9 is high. High risk is dealt with first. "
            "Write down briefly why you chose the numbers, so that others can understand the assessment later.</p>",
        ),
        ("heading", "Step 4: Choose measures in the right order"),
        (
            "paragraph",
            "<ol>"
            "<li>Remove the hazard.</li>"
            "<li>Replace it with something less dangerous.</li>"
            "<li>Technical and collective measures, such as guard rails, extraction and alarms.</li>"
            "<li>Organisational measures, such as staffing, procedures and training.</li>"
            "<li>Personal protective equipment, when the rest is not enough.</li>"
            "</ol>"
            "<p>Collective measures protect everyone, including someone who forgets or is new. Protective equipment "
            "only works when it is used correctly every time.</p>",
        ),
        ("heading", "Step 5: Plan, carry out and follow up"),
        (
            "paragraph",
            "<p>Put the measures in an action plan: what is to be done, who is responsible and when it must be "
            "finished. Also set a date to check the effect. Has the risk actually gone down? Update the assessment "
            "when something changes, after serious events and otherwise at regular intervals.</p>",
        ),
        ("heading", "Example: evening visits in home care"),
        (
            "paragraph",
            "<p>A client in the north zone has threatened and held on to employees several times. The evening visits "
            "are made by one employee alone. The personal alarms are not tested.</p>"
            "<p><b>Assessment:</b> The likelihood of another incident is high (3). The consequence can be serious "
            "(3). The risk is 9, which is high. The regulations on the performance of work (forskrift om utførelse "
            "av arbeid) have specific requirements where employees may be exposed to violence and threats, and this "
            "risk must be dealt with before the next visit.</p>"
            "<p><b>Measures:</b> Two employees on every visit to this client (organisational). The alarms are tested "
            "every month and before every shift (technical). Training in preventing and de-escalating conflicts. A "
            "short note about the risk in the service plan, so that temporary staff know about it too.</p>"
            "<p><b>Follow-up:</b> The manager is responsible, and the deadline is next week. After three months, the "
            "manager and the safety representative look at the number of incidents and ask the employees whether "
            "they feel safer. If the answer is no, the measures are adjusted.</p>",
        ),
    ],
}
