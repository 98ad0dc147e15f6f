import type { Lexicon } from './categories';
import { minedPhrases } from './hostile';

// English cue phrases, data only: one string per category, phrases separated by `|`. Lower case;
// `*` ends a word that may take any ending.
export const en: Lexicon = {
  'sell.cta':
    'buy now|buy it|buy one|buy yours|order now|order today|order yours|order online|order here|' +
    'place your order|place an order|pre-order|preorder*|shop now|shop the|shop our|shop online|' +
    'book now|book your|book a|book an|book online|reserve your|reserve a|sign up|signup|' +
    'register now|register today|enrol now|enroll now|enroll today|grab yours|grab your|' +
    'grab one|get yours|get it now|claim your|add to cart|add to basket|dm to order|' +
    'dm us to order|message us to order|inbox to order|inbox for price|call to order|call now|' +
    'whatsapp us|order via|link in bio|link in my bio|link in profile|tap the link|' +
    'click the link|click here|click below|visit our store|visit our shop|visit our website|' +
    'visit our site|available in store|available now|now available|in stock|back in stock|' +
    'treat yourself|secure your spot|secure your seat|save your spot|tickets available|' +
    'get tickets|buy tickets|apply now|hire us|request a quote|get a quote|free quote|' +
    'free consultation|schedule a call|schedule your|try it free|free trial|download now|' +
    'download the app|use code|use my code|use promo|promo code|discount code|coupon code|' +
    'come in and|come grab|pop in|drop by|stop by|swing by|order from|pre-book|prebook|' +
    'check availability|book direct|start your|switch today|switch now|call today|join now|' +
    'try it today|visit us|find us at|register your|apply online|come taste|come try|come visit|' +
    'come and try|stream my|call us today|pm if interested|pm me|dm for|contact him|contact her|' +
    'chek it out' +
    '|check me out|visit my page|see full collection|shop the collection|learn more|find out more|link below|reply yes|reply now|call free|freephone|freefone|available at|available from|get it on|message us|dm us for|inbox me for' +
    '|please call|call on|txt|reply with|to claim|to activate|opt in|to redeem|redeem',
  'sell.offer':
    'sale|on sale|flash sale|big sale|mega sale|summer sale|winter sale|clearance|discount*|' +
    'off everything|off all|off your|off our|half price|half off|deal|deals|special offer|' +
    'limited offer|launch offer|promo|promotion*|coupon*|voucher*|bogo|buy one get one|' +
    'buy 1 get 1|free gift|free delivery|free shipping|free home delivery|cash on delivery|' +
    'cod available|giveaway|giving away|win a|package price|special price|best price|' +
    'lowest price|low price|great price|price drop|prices drop|save up to|save big|early bird|' +
    'members get|happy hour|2 for 1|two for one|free sample*|free first|referral bonus|' +
    'free iphone|' +
    'cheapest|wholesale|retail price|rates start|for the price of|best rate|' +
    'best rates|terms apply|conditions apply|get 1 free|get one free|get 2 free|' +
    'for just|guaranteed returns|no hidden fees|money back|cashback|affordable|' +
    'first class free|first lesson free|filling fast|seats filling|personal loan|loan|loans|' +
    'out now' +
    '|the perfect gift|prize|prizes|you have won|u have won|winner|won a|win cash|free entry|bonus|reward|rewards|new customers|for free|get free|unlimited|selected to receive|100 free|free text*|free minutes' +
    '|redeemed|credited with|free msg|freemsg|bonus points|free for the first',
  'sell.urgency':
    'today only|only today|this weekend only|ends tonight|ends today|ends soon|ending soon|' +
    'last chance|last day|final day|final hours|final call|hurry|limited time|limited stock|' +
    'limited seats|limited spots|limited slots|while stocks last|while supplies last|' +
    'selling fast|almost gone|almost sold out|few left|only a few|spots left|seats left|' +
    "slots left|don't miss|dont miss|do not miss|act now|act fast|now or never|last few|" +
    'running out|24 hours only|48 hours only' +
    '|limited time only|offer ends|urgent|final attempt',
  'sell.promo':
    'new arrival*|new collection|new range|new stock|new menu|new product*|new service*|' +
    'just launched|just dropped|now open|grand opening|our new|our latest|' +
    'our products|our services|our packages|our collection|we offer|we are offering|' +
    "we're offering|we provide|we deliver|we ship|we sell|we stock|we cater|we specialise|" +
    'we specialize|price list|packages start|starting from|starting at|starts at|from just|' +
    'only for|per kg|per piece|per person|per night|per hour|per month|restocked|pre-orders|' +
    'taking orders|now taking|now booking|bookings open|orders open|brand new|' +
    'made to order|tired of|struggling with|sick of|need a plumber|want to lose|' +
    'looking for a reliable|download|learn|become a|get the|enrol by|enroll by|trade|' +
    'open your|stay cool|taste the|try our|discover|experience the|upgrade|switch to|visit any|' +
    'now at|now in|available on|ships in|ships free|free for|risk free|flat fee|' +
    'all night|easy financing|financing|site visits|install*|classes|' +
    'gift cards available|same-day|no credit check|commission|interest|apr|zero commission|' +
    'certified|on us' +
    '|with our|now live|collection|new season|made for|perfect for',
  'sell.announce': 'introducing|meet the|meet our|say hello to',
  'sell.follow':
    'follow me|follow us|follow my|follow our|follow back|follow for|give us a follow|' +
    'give me a follow|subscribe|please subscribe|pls subscribe|plz subscribe|sub to|sub4sub|' +
    '' +
    'check out my|' +
    'check my|checkout my|check out our|check us out|go check out|visit my|visit our page|' +
    'visit our channel|like my|like our page|like and share|like and subscribe|share my|' +
    'hit the bell|turn on notifications|support my|support me|support our small business|' +
    'support small business|promo my|promote my|promote your|watch my|listen to my|' +
    'join my|join our|go to my|' +
    'like this comment|help me reach|a sub|sub back|sub for sub|started a channel|' +
    'new youtuber|check it out on|whatsapp me|message me for|dm me for|' +
    'link in description|link in channel description|link in my channel|' +
    'small youtuber|' +
    "would love your support|i teach|i offer|im selling|i'm selling|i sell|hmu|" +
    'hit me up|i edit|i design|i do logos|i make|i ship|i can come|i can help you|i cover songs|' +
    'just uploaded my|gave it a listen|give it a listen|help me get to|drop us a message|' +
    "drop me a message|tell them|look up my|reply how|we're hiring|we are hiring|apply at|" +
    'bookings for|bookings are open|link is in my' +
    '|in my bio|subscribe to my|dm me|inbox me|message me',
  'sell.own':
    'my channel|our channel|our page|my shop|my store|my website|my video|my videos|my new video|my latest video|my cover|my youtube|my instagram|my tiktok|view my|my remix|my playlist|my podcast|my mixtape|my blog|read my|my chanel|my ep|my new ep|my album|my new album|my new song|my new single|my version|my bio|my page|my profile|my site|my music|my song',
  'sell.earn':
    'profit' +
    '|profits|profitable|payout|payouts|invest|investing|investment|investments|investor|investors|trading|trader|traders|trade with|forex|crypto|bitcoin|btc|binary options|mining|withdraw|withdrawal|withdrawals|account manager|financial freedom|passive income|make money|earn money|earn cash|work from home|get paid|grand|grands|legit|recover your|mentor|guidance|strategy|roi|returns|dividends|portfolio|signals|staking|token|tokens|to the first|made me|earning|earned|cash out|expert|testimony|opportunity|income',
  'sell.weak':
    'price|prices|priced|cost|costs|only|free|new|stock|available|order|orders|buying|purchase*|' +
    'sell|selling|products|product|service|services|brand|link|website|cash|paypal|' +
    'bkash|nagad|gift|gifts|deliver|delivered|appointment*|book|quote|shop|store|' +
    'menu|delivery|shipping|customers|handmade|ordered|ordering|buy|booking*|' +
    'get your|whatsapp|checkout|dm us|inbox us|' +
    'contact us|contact me|call us|email us|text us|reach us|reach out to us|subs|' +
    'offer|offers|cheap|bundle|combo|' +
    'first order|savings|deadline|countdown|before it|before they|limited edition|' +
    'pricing|for sale|launching|our product|our service|our menu|' +
    'included|dine in|takeaway|for details|fees|rate|rates|' +
    'need a|need an|telegram|collab|if interested|experienced|minimal documents|' +
    'fast turnaround|installments|installment|plans|plan|app|ios|android|grocer|' +
    'outlet*|branch|branches' +
    '|subscriber*|my account',
  'listen.ask':
    "what do you think|what did you think|what would you|what's your|whats your|what is your|" +
    'what are your|which one|which do you|which would you|which is your|how do you|' +
    'how would you|how did you|have you ever|have you tried|do you prefer|do you have|' +
    'do you think|would you|should we|shall we|tell us|tell me|let us know|let me know|' +
    "share your|share with us|we'd love to hear|we would love to hear|i'd love to hear|" +
    'love to hear|your thoughts|your opinion|your feedback|your favourite|your favorite|' +
    'your story|your stories|your experience|your ideas|your suggestions|your questions|' +
    'any tips|any suggestions|any ideas|any recommendations|recommend*|comment below|' +
    'in the comments|drop a comment|drop your|vote|poll|help us choose|help us decide|' +
    'help us name|we want to hear|we asked|ask me anything|ama|questions welcome|who else|' +
    'anyone else|does anyone|has anyone|is anyone|can anyone|what should|agree or disagree|' +
    'thoughts|curious|wondering' +
    '|honest question|question for|quick question|anybody|any advice|do you still|what do you|have you|are you',
  'listen.thanks':
    'thanks|thank|thankful|grateful|gratitude|appreciate*|congratulations|congrats|congratulate|' +
    'well done|proud of|so proud|shout out|shoutout|kudos|hats off|big up|cheers to|' +
    'welcome to the team|welcome aboard|happy birthday|happy anniversary|credit to|credits to|' +
    "photo by|made possible by|huge thanks|couldn't have done it without|means the world|" +
    'means a lot|you made our day|made my day|love you all|our amazing customers|' +
    "our lovely customers|you guys are|you are amazing|you're amazing|glad you enjoyed|" +
    'glad you liked|so glad|happy to hear|great to hear|lovely to hear',
  'listen.care':
    "sorry to hear|we're sorry|we are sorry|so sorry|sorry for|sorry about|apologies|apologise|" +
    'apologize|our apologies|i understand|we understand|totally understand|' +
    "completely understand|that must be|that sounds|we'll look into|we will look into|" +
    "look into this|we'll fix|we will fix|make it right|make this right|happy to help|" +
    'here to help|glad to help|can we help|how can we help|please send us|please dm us your|' +
    'your order number|refund|replacement|we hear you|fair point|good point|great question|' +
    "good question|you are right|you're right|thanks for letting us know|" +
    'thanks for the feedback|thank you for your feedback|feedback|hope you|hope this helps|' +
    'take care|feel better|get well',
  'share.info':
    "tip|tips|how to|here's how|here is how|guide|step|steps|lesson|lessons|learned|learnt|" +
    'did you know|fun fact|fact|behind the scenes|bts|process|today we|this morning|this week|' +
    'story|remember|reminder|update|announcement|news|notice|closed|open|opening hours|hours|' +
    'holiday|recipe|ingredients|mistake|mistakes|myth|myths|why|because|research|study|' +
    'according to|data|read more|thread|explain*|love this|loved this|beautiful|song|' +
    'voice|memories|childhood|nostalgia|watching|listening to|still|years|ago|always|' +
    'never gets old|favorite|favourite|best song|awareness|safety|public|residents|community|' +
    'vaccination|vaccine|road closure|closure|schedule|weather|library|' +
    'volunteer*|donate|charity|election|vote on|polling|council|health|clinic hours|please note|' +
    'be advised|information',
  'share.notice':
    'scam|scams|fraud|fraudulent|fraudsters|beware|warning|alert|helpline|hotline|crisis line|' +
    'fine of|penalty|do not send|never ask*|report fraud|report it|fake|' +
    'public notice|public service|self-harm|must be renewed|expires|expire|free of charge|' +
    'is free|stay safe|emergency number|for more information|citizens|residents are|authorities|' +
    'government|ministry',
  'share.money':
    'bill' +
    "|bills|rent|my rent|mortgage|debt|debts|tax|taxes|insurance|salary|wages|paid|i paid|spent|charged|charged me|payment reminder|invoice|direct debit|car boot sale|garage sale|price gouging|ripped off|paid off|paying off|student loan|bought|i bought|budget|inflation|expensive|afford|can't afford|groceries|prices are|fees are|late fee|my money|refunded" +
    '|borrowed|paid back|the loan|a loan|my loan|our loan|bank loan',
  'share.issue':
    'not working' +
    "|isn't working|doesn't work|stopped working|won't load|error|error message|crash*|can't log in|can't sign in|locked out|hacked|my account was|my account has|my account got|was hacked|got hacked|help me|please help|please fix|fix this|still waiting|no reply|no response|issue|issues|problem|problems|bug|glitch|broken|missing|never arrived|not received|haven't received|cancelled|canceled|suspended|terminated|banned|customer service|support team|tried to|trying to|keeps|for the past|why is|why does|why can't|how do i|how can i|what can i do|frustrating|frustrated|disappointed",
  'voice.corporate':
    'the company|our company|the management|the organization|the organisation|our organization|' +
    'our organisation|valued customer*|esteemed customer*|dear valued|dear customer*|' +
    'dear patrons|we are pleased to announce|is pleased to announce|are pleased to inform|' +
    'is pleased to inform|we are delighted to inform|we wish to inform|please be informed|' +
    'kindly be informed|kindly note|please be advised|hereby|herewith|aforementioned|' +
    'the undersigned|we regret to inform|at this point in time|for your kind information|' +
    'for your information|in accordance with|pursuant to|with immediate effect|your patronage|' +
    'inconvenience caused|any inconvenience|we remain committed|committed to excellence|' +
    'our valued|our esteemed|the said|henceforth|our establishment|clientele|please be notified|' +
    'would like to inform|this is to inform|valued clients|esteemed clients',
  'voice.buzzword':
    'synergy|synergies|leverage|leveraging|innovative solutions|solutions provider|disruptive|' +
    'cutting-edge|bleeding edge|' +
    'disrupt|paradigm|game-changer|game-changing|holistic|seamless|seamlessly|' +
    'robust|scalable|value-added|next-generation|next-gen|' +
    'revolutionary|revolutionize|revolutionise|one-stop|state-of-the-art|' +
    'empower|empowering|ecosystem|thought leader|thought leadership|bandwidth|circle back|' +
    'move the needle|low-hanging fruit|deep dive|actionable|end-to-end|turnkey|mission-critical|' +
    'best practices|core competency|core competencies|value proposition|win-win|stakeholders|' +
    'optimize|optimise|streamline|unlock|elevate|curated|bespoke|synergistic|omnichannel|' +
    'growth hacking|hustle|rockstar|ninja|guru',
  'voice.brag':
    "the best|best in town|best in the city|best in dhaka|best in the world|world's best|" +
    'worlds best|world-class|best-in-class|number one|the leading|' +
    'leading provider|market leader|unbeatable|unmatched|unrivalled|unrivaled|second to none|' +
    'like no other|finest|the finest|top-rated|award-winning|' +
    'highest quality|best quality|most trusted|the only|nobody does it better|nobody makes better|' +
    'no one makes better|unparalleled|the greatest|the freshest|the tastiest|the cheapest',
  'voice.puff':
    'premium quality|superior quality|guaranteed|perfect|flawless|incredible|' +
    'most popular|exceptional|outstanding|legendary|iconic|must-have|ultimate',
  'voice.hostile':
    'dumb|liar|liars|lying|ridiculous|nonsense|rubbish|shut up|you people|' +
    'your fault|your problem|not our problem|not our fault|read the description|learn to read|' +
    'can you not read|did you even read|fake review|pathetic|get lost|how dare|' +
    "clueless|ignorant|go away|never come back|don't come back|we don't need your|" +
    'blame yourself|your own fault|grow up|cry more|get over it|deal with it|not my problem|' +
    'stop whining|stop complaining|ungrateful|cheapskate|troll|trolls|useless|' +
    'disgusting|wtf|shit|crap|bullshit|' +
    // Accusations, dismissals, blame and sarcasm aimed at the reader.
    "you're lying|you are lying|you lied|you're a liar|don't bother|don't bother coming back|" +
    "take your business elsewhere|nobody asked|who asked|you clearly didn't|you obviously didn't|" +
    "you didn't even|if you had read|if you'd read|you should have read|user error|yeah right|" +
    'thanks for nothing|good luck with that|nice try|sure you did|get a life|get a brain|' +
    'shame on you|how stupid|you should be ashamed|screw you|fuck you|fuck off|piss off|' +
    // Threats.
    "kill you|i'll kill|watch your back|you'll regret|you will regret|beat you|slap you|" +
    // Romanised Bengali and Hindi abuse (Banglish, Hinglish), as YouTube comments write it.
    // Word families: insults and profanity with their endings.
    'fuck*|bitch*|idiot*|moron*|stupid*|retard*|bastard*|asshole*|dickhead*|scumbag*|' +
    'khanki|magi|chudi|choda|bokachoda|haramjada|haramzada|harami|shala|kutta|kuttar|' +
    'shuorer|gandu|madarchod|motherchod|bainchod|behenchod|chutiya|bhosdike|randi|' +
    minedPhrases('en'),
  'voice.we': "we|our|us|ours|we're|we've|we'll|we'd|ourselves",
  'voice.you': "you|your|yours|you're|you've|you'll|you'd|yourself|yourselves|y'all|u|ur",
  'hook.filler':
    'hey everyone|hi everyone|hello everyone|hi all|hello all|hey all|hey guys|hi guys|' +
    'hello friends|hi friends|dear all|dear friends|good morning|good afternoon|good evening|' +
    'just wanted to|i just wanted|just a quick|quick update|so|well|as you all know|' +
    'as you may know|as many of you know|we are excited to announce|' +
    "we're excited to announce|excited to announce|excited to share|i am happy to share|" +
    "i'm happy to share|happy to share|pleased to share|i'm thrilled to|i am thrilled to|" +
    "thrilled to announce|today i want to talk about|in this post|in today's fast-paced world|" +
    "in today's world|it is with great pleasure|i hope this finds you well|" +
    'hope you are all well|hope everyone is doing well|long time no see|' +
    "sorry for the long silence|it has been a while|hope you are well|hope you're well|we hope you|" +
    'we wanted to|wanted to let you know|just a reminder|friendly reminder|guess what|a little update',
  'content.vague':
    'stay tuned|coming soon|something big|something special|something exciting|big news|' +
    'exciting news|more soon|wait and see|' +
    'watch this space|more to come|details to follow|will follow in due course|great things|' +
    'big announcement|another great project',
};
