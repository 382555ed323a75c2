"""Given names that name, nearly always, one sex: common English ones and those widespread in other
languages, so that "she" after "Tomas Reyes and Edith Marrable opened the bakery" finds Edith.

The text's own word comes first: an honorific, a gendered noun in apposition, a pronoun that follows
the name (``explorer.events.gender``). Many pages tell none of that for someone named once or twice,
and then a reader goes by the first name. The lists hold only names that, across the languages that
use them, are given to one sex: no name given to both ("Jordan", "Alex", "Kim", "Robin"), none given to
a man in one language and a woman in another ("Andrea", "Nicola", "Jean", "Jan", "Kari"), and none that
is also a month, a place or a common word more often than a name ("May", "Florence", "Victoria",
"Grant", "Will", "Per"). A name alone tells nothing beyond that: no surname is in here.

It stands outside every room because both the events (titles' pronouns) and the entities (pronoun
mentions) read whom a pronoun may stand for through the one function ``events.gender.sex_in_text``.
"""

from __future__ import annotations

_MALE = """
aaron abdul abdullah abraham adam adrian ahmad ahmed aidan alan alasdair albert albrecht alejandro
alessandro alexander alexandre alexei alfie alfonso alfred ali alistair amir amit anders andreas andrei
andrej andrew angus anselm anthony antoine anton antonio archibald archie arjun arne arnold arthur
    axel barry basil ben benedict benjamin bernard bertram bjorn björn bogdan boris bram brendan
brian bruce bruno callum calvin carl carlo carlos cecil cedric charles christian christoph christopher
christos ciaran clarence clement clifford clive colin connor conor conrad cornelius craig curtis cyril
damian dan daniel darren david declan dennis derek desmond diego dieter dimitri dimitris dirk
dmitri dmitry domenico donald douglas duncan dylan edgar edmund eduardo edward edwin egon elias elijah
emeka emil emile emilio emmanuel emre enrico eoin eric erik ernest ernst ethan eugene evan ewan euan
fabio felipe felix ferdinand ferenc fergus fernando filip finn florin francesco francis francisco
francois françois frank frankie fred freddie frederick fredrik friedrich gabor gareth gary geert
geoffrey georg george georgios gerald gerard gerhard giacomo gilbert giles giorgio giovanni giuseppe
godfrey goran gordon graeme graham gregor gregory guillaume gunnar gustav gustavo hamid hamish hans
harald harold harry harvey hassan hector heinrich helmut hendrik henri henrik henry herbert herman
hermann horst howard hubert hugh hugo hussein iain ian ibrahim igor ioannis isaac ismail istvan
istván ivan jack jacob jacques jake jakob jakub james jamal jason javier jens jeremy jerome jeroen jim
jimmy joachim joao joão joaquin joaquín joe johan johann johannes john johnny jon jonas jonathan jorge
jose josé josef joseph josh joshua juan julian julien jurgen jürgen justin kamal karim karl karol
kasper keith kemal kenneth kevin khalid klaus knut kofi konrad konstantin kostas krzysztof kurt kwame
lars laszlo lászló laurence laurent lawrence leif lennart leo leon leonard leonardo leopold liam lionel
lorenzo louis luc luca lucas ludwig luigi luis luke lukas magnus malcolm manuel marc marcel marco
marcus marek mario mark markus marten martin mateo mateus matteo matthew matthias matti maurice
maximilian mehmet michael michal michał mikael mikhail mikko miguel milan miroslav mohamed mohammad
mohammed moshe muhammad murat mustafa nathan nathaniel neil nicholas nick nicolas nigel nikolai
nikolaus nikos niall nils noah norbert norman olaf olav oleg oliver olivier omar oscar oskar oswald
otto owen pablo patrick paul paulo pavel pawel paweł pedro pekka percy peter petr philip philipp
philippe pierre pieter piotr rafael rahul raj rajesh ralph ramon ramón randolph raphael raul raúl
raymond reginald reinhard remi rémi rené rene reuben richard robert roberto rodrigo roger roland
rolf roman ronald rory rudolf rudolph rupert russell ruben rui ryan salvatore samir samuel sanjay
santiago sebastian sebastián sergei sergey sergio seamus sean sidney simon stanislav stanley stefan
stefano stephen steven stewart stuart sven sylvester tariq ted teodor theo theodor theodore thierry
thomas tiago timothy timo tobias toby tom tomas tomás tomasz tommy tony trevor tunde ulrich uwe
valentin vasile victor viktor vikram vincent vincenzo vladimir walter werner wilfred wilhelm willem
william winston wojciech wolfgang wouter xavier yannis yosef youssef yuri yusuf zachary zoltan zoltán
"""

_FEMALE = """
abigail ada adele adriana agata agatha agnes agnese agnieszka aileen ailsa aino aisha alberta alice
alicia alicja alina alison alma amalia amanda amara amelia amelie amélie amira amy ana anastasia
angela angelika angelina anita anja anke ann anna annabel anne anneli annette annie annika antonia
aoife ashley astrid audrey ava ayesha barbara beatrice beatriz belinda benedikte berit berta bertha
beth bethan bettina betty beverly birgit brenda bridget brigitte britt brittany camilla carla carmen
carol carolina caroline carolyn catarina catherine cathy catriona cecilia cecile cécile celia celine
céline charlotte chiara chloe christa christina christine cindy claire clara clarissa claudia
constance cora cordelia cristina cynthia daniela danielle daphne deborah deirdre delia denise diana
diane dolores dora doris dorothea dorothy edith edna eileen eilidh elaine eleanor elena eleni elin
elisa elisabeth elise eliza elizabeth ella ellen ellie elsa elsie emilia emily emma erika ester
esther ethel eva eve evelyn ewa fatima fatma federica felicity fiona frances francesca francine
françoise francoise freya freja frieda friederike gabriela gabrielle gemma georgina gerda
gertrude gillian gina giovanna giulia gisela gladys gloria greta gretchen gudrun gwen gwendolyn hana
hanna hannah hanne harriet hazel heather hedda hedwig heidi helen helena helene hélène helga henrietta
hilda hildegard ilse imogen ines inês inga inge inger ingrid irene irina iris isabel isabella isabelle
isla jacqueline jane janet janice jennifer jessica jill joan joanna johanna josephine joyce judith
julia juliana julie juliet juliette justine karen karin karina karolina katarina katarzyna kate
katharina katherine kathleen kathryn katie katja katrin kerstin kirsten kirsty klara krisztina
kristin laura lauren leah leila lena leonie liesel lieke lilian linda linnea lisa liv livia lois lora
lorna lorraine lotte louisa louise lucia lucía lucie lucy ludmila luisa lydia mabel madeleine
magdalena maggie maja malgorzata małgorzata marcela margaret margarete margarita margit margot
margherita maria mariana marianne marie marina marion marit marjorie marlene marta martha martina
mary maryam mariam matilda maureen maxine megan melanie melissa mercedes meredith mette mia michaela
michelle mildred millie miriam molly monica monika monique muriel nadia nadine naomi natalia natalie
natasha nathalie nell nicole niamh nina nora norah olga olivia orla paola patricia paula pauline
penelope petra philippa phoebe pia pilar polly priya rachel raquel rebecca regina renate rhiannon
rita roberta rosa rosalind rosemary rosie ruth sabine sabrina sally samantha sandra sanne sara sarah
saskia selma sharon sheila shirley sigrid silje silvia simona siobhan sofia sofie solveig sonia
sonja sophia sophie stella stephanie susan susanna susanne suzanne svetlana sylvia sylvie tamara
tatiana teresa theresa therese thea tina tove tracey tracy ulla ulrike ursula valentina valerie
vanessa vera veronica veronika viola violet virginia vivian wendy wilhelmina winifred yasmin yasmine
yelena yolanda yvonne zainab zofia zoe zsuzsanna zuzana
"""

MALE_NAMES = frozenset(_MALE.split())
FEMALE_NAMES = frozenset(_FEMALE.split())
