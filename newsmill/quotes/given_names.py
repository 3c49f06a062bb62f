"""Given names by gender, hand-written for newsmill (de, fr, es, en and names common in European
news), so that "she said" skips a man named Kévin or Jonas. Written from general knowledge, not
copied from any name dataset. ``WORDLIKE`` are names that are also ordinary words, places or
common surnames ("will", "paris", "ernst", "martin"): they give a known person's gender but do
not mark a capitalised word as a given name.
"""

MALE = frozenset("""
aamir aapo aaron aarón aatu abbas abdallah abdel abdelaziz abdelfattah abdelhak abdelhamid
abdelilah abdelkader abdelkrim abdelmadjid abdelmalek abderrahmane abdessamad abdou abdoulaye
abdourahamane abdul abdulaziz abdulkadir abdullah abdulrahman abel abelardo abhishek abiy aboubakar
aboubakr abraham abubakar achille achilleas achim achraf adalbert adam adan adebayo adel adewale
adil aditya adnan adolf adolfo adrian adriano adrien adrián adán afonso agron agustin agustín ahmad
ahmed ahmet aidan aiden aimar aingeru aitor ajay akash akbar ake akhmad akhmat akinwumi akira akos
aksel akwasi alain alan alasdair alassane alastair alban albert alberto albin albrecht aldo alec
aled aleix alejandro alejo aleksandar aleksander aleksandr aleksei aleksey aleksi ales alessandro
alessio alexander alexandre alexandros alexandru alexei alexey aleš alfie alfons alfonso alfred
alfredo algirdas ali aliaksandr alija aliou alireza alistair aljaz aljaž allan allen alois alonso
alparslan alper alpha alphonse alun alvaro alvin alwin amado amador amadou amancio amar amaury
ambroise ambrose amedee amedeo amir amitabh ammar amnon amos amr amédée anand anar anas anastasio
anastasios anatole anatoliy anatoly ander anders anderson andoni andras andre andreas andrei andrej
andres andrew andrey andris andriy andrus andrzej andrás andré andrés andy aneurin ange angelo
angus anibal anil ankit anselm anselme anselmo ansgar antal ante anthony antoine anton antonello
antoni antonin antonio antonis antony antonín antti antwan antónio antônio anwar anxo anze aníbal
anže aodhan aodhán apolinar apostolos aram arash arben archibald archie arda ardeshir aribert aris
aristide aritz arjan arjen arjun arkadiy arkady armand armando armel armen armin arnau arnaud arnd
arne arnim arno arnold arpad arsen arsene arseniy arseny arsène artem arthur artis arto arttu artur
arturo artyom arun arvid arvind arvydas aryeh asaf asbjorn asbjørn asher ashish ashok ashot ashraf
ashton asier asif asim assane assimi atahualpa atal atef athanasios atiku attila attilio atul aubin
audun august auguste augustin augusto aurel aurele aurelien aurelio aurèle aurélien austin avi
avigdor avishai avraham axel ayman aymen aymeric ayodeji ayoub ayub azad aziz azzedine babacar
babak babar babatunde bachir badr bahram bajram bakary bakir balazs baldomero baldur balint
baltasar balázs baptiste barack baran bard baris barnabas barnabás barney baron barron barry bart
barthelemy bartholomew barthélemy bartlomiej bartolome bartolomé bartosz bartłomiej barış bas
bashar bashir basil basile bassam bassirou bastian bastien batuhan baudouin bautista beat beau
bedrich bedřich behrouz behzad bela beltran beltrán ben benat bence benedek benedict benedikt
benicio benigno benito benjamin benjamín benno benny benoit benoît bent bentley bento benício beppe
berend berenger berk berkay bernard bernardo bernat bernd bernhard bernie bert berthold bertie
bertram bertrand besnik bezalel beñat bharat bidzina biel bienvenido bilal bilawal bill billy
binali binyamin bjarne bjarni bjoern bjorn björn bjørn blaise blas blaz blaž blerim boaz bob bobby
bodo bogdan boguslaw bogusław bohdan bohumil bohuslav bojan bongani booker boris borja borje borut
borys botond boualem bouba boubacar boyko brad bradley brahim brais bram brandon branislav branko
brantley brayden breandan breandán brendan brent brett brian brice brieuc brody bronislaw bronisław
brooks bruce bruno bryan bryce bujar bukayo bulent burak burhan burkhard byron bálint bård béla
bérenger börje bülent caeleb cagatay caglar cai caio caleb calin callum calum calvin camilo can
candido carl carles carlo carlos carlton carmine carson carsten carter carwyn cash casimiro casper
catalin cathal caua cauã cayetano cecil cedric ceferino celestino cem cenek cengiz cesar cesare
chad chaim chance charalambos charles charly chase cheick cheikh chema chester chetan chibuike
chidi chinedu chinonso christian christoffer christoph christophe christopher christos chuck
chukwudi chukwuemeka cian ciaran ciarán cillian ciprian cipriano ciro ciwan claas clarence clark
claudio claudiu claus clay clayton clemens clement clemente cliff clifford clint clinton clive
clovis clyde clément cody cole colin colm colton colum conall conan connor conor conrad conrado
constant constantin cooper corentin corey cormac cornelius cornell corrado cory cosimo cosmin
costel craig crispin crispín cristian cristiano cristobal cristóbal csaba cuauhtemoc cuauhtémoc
cuneyt curdin curro curt curtis cyprien cyril cyrille cyrus czeslaw czesław cândido cédric césar
côme cüneyt călin cătălin daan dafydd dag daisuke daithi daithí dale dalibor dallas damian damiano
damien damir damián dan dane daniel daniil danila danilo dankwart danny dante dapo dario darius
dariush dariusz darko darnell darragh darren darryl daryl daryush darío dashawn dave davi david
davide davit davood davor davíð dawid dean deandre declan deepak dejan demarcus demario demba
demetrio demetrius denis dennis denys denzel deon derek dermot derrick desean deshawn desiderio
desire desmond detlef detlev devendra devlet dewi dexter dezso dezső diarmuid dick didier diego
dieter dietmar dietrich dimitar dimitri dimitrios dimitris dinesh dino diogo dionisio dionysis dirk
djamel djibril djordje dmitri dmitriy dmitry dmytro dogan dolf domagoj domenico domingo dominic
dominik don donal donald donat donatien donncha donovan dontrell dorde dorian dorin doug dougal
douglas dov doğan dragan dragoljub dragos dragoș drake dries driss dritan driton duane duarte dudi
dudley duke dumitru duncan dusan dustin dušan dwayne dwight dwyane dylan dáithí dániel dávid désiré
dónal eamon eamonn earl easton ebbe eberhard ebrahim eckard eckart eckehard eckhard ed eddie edgar
edgardo edgars edi edin edmond edmund edmundo edoardo edouard edson eduard eduardo edward edwin
eero eetu efrain efraín efthymios egan egemen egils eginhard egon egor ehsan ehud einar eino eirik
eitan eivind ekaitz ekkehard ekrem elad eladio elchin elemer elemér eleuterio eli elias elie
eliezer elijah elio eliott elis eliseo eliud elliot elliott elmar elmer eloi elon eloy elpidio
elton elvis elías emad emanuele emeka emeric emeterio emil emile emiliano emilien emilio emin emir
emlyn emmanouil emmanuel emmerson emmett emrah emre emrys enaut enda endre eneko enes engelbert
engin enguerrand ennio enric enrico enrique enver enzo eoghan eoin epifanio eray ercan erdal
erdmann erdogan erdoğan eren erez erhan erhard erhart eric erich erik erkan erkki erling ermal
ermanno ernest ernesto ernie erno ernst ernő erol ertan ertugrul ertuğrul ervin erwan erwann erwin
esa esmaeil espen essam estanislao esteban ethan etienne ettore euan eugen eugene eugenio eugeniusz
eugène eusebio evan evangelos evariste evaristo everett everton evgeny evo ewald ewan eyal ezequiel
ezra eñaut fabian fabien fabio fabián fabrice fabricio fabrizio facundo fadi fahd faheem faisal
falk fares farhad farid faruk farzad fatih fatmir fatos faustin faustino fausto fawad fawzi
fearghal federico fedor felipe felix femi ferdinand ferdinando ferdl ferenc fergal fergus ferhat
feridun fermin fermín fernand fernando ferran fidel fiete fikret filiberto filip filipe filippo
finbar finlay finn fintan fionn fiorenzo firmin flavien flavio flemming florencio florent
florentino florian florin floris floyd fode fodé folke fortunato fotis fouad francesc francesco
francis francisco franciszek franck franco francois frank franklin frans franz françois fraser fred
freddie frederic frederick frederik fredi fredrik fridolin friedemann frieder friedhelm friedrich
fritjof fritz frode froilan froilán frédéric fuad fulvio fumio fyodor fábio félix gabin gabor
gabriel gabrielius gadi gael gaetan gaetano gaizka gamal ganesh garegin gareth garret garrett gary
gaspar gaspard gasper gaston gastón gatien gaudencio gaurav gautam gauthier gautier gauvain gavi
gavin gaétan gaël gaëtan gašper gebhard geert geir genaro gene gennadiy gennady gennaro gent
geoffrey geoffroy georg george georges georgi georgios georgiy georgy geraint gerald gerard gerardo
gergely gerhard germain german germano germán gernot gerold gerrit gershon gert gervasio getachew
gethin gevorg geza ghassan ghazi gheorghe ghislain gholam gholamreza giacomo giampaolo giampiero
gian giancarlo gianfranco gianluca gianluigi gianmarco gianni giannis gianpiero gideon gijs gil
gilad gilbert gilberto gildas giles gilles gino gintautas giorgi giorgio giorgos giovanni girish
gisle gitanas giulio giuseppe glauber gleb glen glenn glyn goetz gokhan goncalo gonzalo gonçalo
goodluck gopal gopinath goran gordon gorka gottfried gottlieb gotz goulven graham granit grant
gratien grayson greg gregoire gregor gregorio gregory griffin grigoris grigoriy grigory grisha
grover gruffydd grzegorz grégoire grégory gualtiero gudmund gudni guenter guenther guglielmo guido
guillaume guillem guillermo gumersindo gunnar gunter gunther guntram gurkan gursel gus gustaf
gustav gustave gustavo guus guy guðni gwenael gwenaël gwendal gwenole gwenolé gwilym gwyn gyorgy
gyula györgy gábor gérald gérard géza gökhan göran götz günter günther gürkan gürsel haakon habib
hadi hadrien hafez hagen haile haim haitham hakainde hakan hakeem hakim hakki hakkı hakon hal
halfdan halil halldor halldór haluk halvor hamad hamadou hamdi hamed hamid hamidou hamidreza hamish
hampus hamza hani hank hannes hanno hannu hans hansi hansjoerg hansjorg hansjörg hanspeter harald
haris harish haritz harm harold harri harrison harro harry hartmut hartmuth hartwig haruki harun
haruto harvey hasan hashem hashim hassan hatem hayao hayk haytham hazem heath hector heikki heiko
heiner heino heinrich heinz heitor helge hellmut helmi helmut helmuth hemant hendrik henk henner
henning henri henrik henrique henry henryk heorhiy herbert heribert heriberto herman hermann hernan
hernando hernán herve hervé herwig heydar heye hias hicham hidde hideki hideo hikmet hilaire
hilario hillel hilmar hilmi hinnerk hinrich hipolito hippolyte hipólito hirokazu hiroshi hisham
hissene hissène hocine hoel hojjat holger homer honore honorio honoré hooman horacio horia horst
hosni hossein houshang hovhannes howard hoël hrant hristo hrvoje hryhoriy hubert hubertus hudson
hugh hugo hugues humberto humphrey humza hunter husein huseyin hussain hussam hussein huub huw
håkan håkon héctor hüseyin iago iain ian ibai ibon ibrahim ibrahima ichiro ichirō idar idris idriss
idrissa ieuan ifan ifeanyi ignace ignacio ignacy ignaz ignazio igor ihor ikenna iker ilan ildefonso
ilias ilie ilir ilker ilkka illia ilya ilyas ilyes imad imanol imran imre inacio inaki indrek
ingemar ingo ingolf ingvar inigo innocent innokenty inocencio inzamam inácio ioan ioannis iolo ion
ionel ionut ionuț iraj irakli iraklis ireneusz irfan isaac isaiah isamu isidore isidoro isidro
ismael ismail ismaila ismaël ismaïla ismet israel issa issiaka istvan istván itai italo itamar itay
itzhak iulian ivan ivar ivica ivo iván izet iñaki iñigo jaafar jaak jaakko jaap jabari jaber
jabulani jacek jacinto jack jackson jacky jacob jacobo jacques jafar jagdish jaime jair jake jakob
jakub jalal jalen jamal jamar james jamshid janez jannes jannik jannis janos janusz jaquan jared
jari jarlath jarmo jarne jaromir jaromír jaroslav jaroslaw jarosław jarvis jason jasper jaume javad
javier javon jawaharlal jaxon jay jayant jayden jaylen jeb jedrzej jeff jeffrey jelle jelto jenaro
jeno jens jenő jeremiah jeremias jeremie jeremy jeremías jermaine jernej jeroen jerome jeronimo
jerry jerzy jerónimo jesper jesse jesus jesús jethro jide jim jimmy jindrich jindřich jiri jiro
jitendra jiří joachim joakim joao joaquim joaquin joaquín jobst jochen joe joel joerg joergen joern
johan johann johannes john johnny jokin joko jomo jon jonas jonathan joonas joost jordi jorg jorge
jorgen joris jorn jos jose joseba josef josemari josep joseph josh joshua josip josselin jost
jostein josu josue josué josé jouni jovan jozef jozsef joão joël juan juanjo juanma jude juergen
juha juho jukka julen julian julien julio julián junaid junichiro juraj jure jurgen juri juris
jurjen jurriaan jussi justin justo justus jyrki ján jános jérémie jérémy jérôme jóhann józef józsef
jörg jörgen jörn jørgen júlio jürgen jüri jędrzej kaan kaarel kacper kader kadir kai kaiden kais
kajetan kakuei kalev kalevi kalidou kalle kalman kalonzo kamal kamel kamil kamran kane kanye karan
kare kareem karel karim karl karlis karol karoly karsten kaspar kasper kassem katsuya kaveh kawa
kayden kayode kazimierz kazuki kazuo keanu kees keir keisuke keith keizo kemal ken kenan kendrick
kenenisa kenichi kenji kennet kenneth kenny keno kent kenta kerem keshawn kestutis ketil kevin
keyvan khaled khalid khalifa khalil kian kieran kiichi kilian killian kimmo king kingsley kiril
kirill kirk kjell kjetil klaas klaus kleanthis klemen knox knut kobe kobi koebi koen kofi koji kojo
koldo kolya konrad konstantin konstantinos koray korbinian kornel kornél kostas kostiantyn kostya
kourosh krasimir kresimir krešimir krishna krisjanis kristian kristijan kristjan kristján kristof
kristoffer kristóf krisztian krisztián krišjānis krystian krystof kryštof krzysztof kujtim kumar
kunal kunibert kunio kuno kurt kuzma kwabena kwaku kwame kwasi kwesi kyle kylian kyriakos kyrylo
kálmán károly kåre kévin köbi kārlis kęstutis kōji lachlan ladislav lajos lakhdar lakshman lamar
lambert lamberto lambros lamine lamont lance lancelot lando landon lane lansana lapo larry lars
lassana lasse laszlo laurent laurentiu laurențiu lauri lautaro lawrence lazaro leander leandre
leandro lebron lech lee leevi lefteris leif len lennard lennart lenny leo leocadio leon leonard
leonardo leone leonel leonhard leonid leonidas leopold leopoldo leroy lester leszek lev levan
levent levente levi levon lewis lex león liam libor lienhard lieven linas lincoln lino linus lionel
lisandro livio liviu ljubomir llewellyn lloyd lluc lluis lluís llywelyn lodewijk logan loic loig
lorcan lorenz lorenzo lorinc loris lotfi lothar louay louis louk louka loukas loïc loïg lubomir
lubomír lubos luboš luc luca lucas luchino lucian luciano lucien lucio lucjan ludovic ludovit
ludvig ludvik ludvík ludwig ludwik luigi luis luiz luka lukas lukasz luke lukáš lulzim luther lutz
luuk luís lyndon lyosha lyubomir lászló lázaro léandre léo léon léonard léopold lőrinc maarten
macario maciej macky mads mael magnus mahamadou mahamat mahdi maher mahesh mahir mahmoud mahmud
mahmut maik majid major makoto maksim maksym malachy malcolm malick malik malo malte mamadou mamady
mamoudou mamuka mandla manfred manish manmohan manoj manolis manolo manouchehr mansour manuel marc
marceau marcel marcelino marcell marcellin marcello marcelo marcial marcin marco marcos marcus
marek margus mariano marin marino mario maris marius mariusz marián mark markku marko markos markus
marlon marnix maros maroš marquis marshal marshall marshawn mart marten marti martim martin marton
martti martí martín marvin marwan masaaki masahiro masashi masato mason masoud massimiliano massimo
matan mate matej mateo mateus mateusz matheo matheus mathias mathieu mathijs mathis mathys mathéo
matias mats matt matteo mattheus matthew matthias matthieu matti mattia mattias mattis matus matvei
matías matúš matěj mauno maurice mauricio maurits maurizio mauro maverick max maxence maxim
maximilian maximiliano maximino maximo mayank mazen mazlum maël mederic medhat mees mehdi mehmed
mehmet mehran mehrdad meinhard meinrad meir meles melih melle melquiades melquíades melvin menachem
menahem menno merlin mert messaoud mesut metin michael michalis michał micheal michel micheál
michiel mick mickael mickaël mickey mieczyslaw mieczysław miguel miha mihai mihaly mihály mikael
mikaël mike mikel mikhail mikheil mikko miklos miklós mikolaj mikołaj milad milan miles milo
milojko milorad milos miloš miltiadis milton mindaugas minoru miquel mircea mirco mirko miroslav
miroslaw mirosław mitch mitchell mithat mitt mladen moataz modeste modesto modibo modou mogens
mohamad mohamed mohammad mohammadreza mohammed mohan mohand mohandas mohit mohsen moises moisés
mojtaba mokhtar moktar momcilo momme momčilo monty mordechai morihiro moritz morris morten morteza
mory moshe mostafa mouloud mounir mourad mousa moussa moustafa muammar mucahit muhammad muhammadu
muhammed muhannad muharrem mukesh mulugeta mumtaz munir murad murat murdo murilo murray musalia
mustafa mustapha mutasim mykhailo mykola mário márton máté máximo médéric mícheál mücahit mümtaz
māris nabeel nabih nabil nacer nachum naci nadav nadeem nader nadhim nadir naeem naftali naguib
nahuel nahum naim nairo naji najib nando naoki naoto narcis narciso narcís narendra naresh nash
nasir nasser nassim natan nathan nathanael nathanaël nathaniel naveen navid nawaf nawaz nayib
nazario nazim nazzareno nazım neal nebojsa nebojša necati necmettin ned nedzad nedžad neil nejc
nektarios nello nelson nemanja nemesio nenad nepomuk nestor neville newt neymar niall nicanor
niccolo niccolò nicholas nick nico nicolae nicolas nicolo nicolás nicolò nicusor nicușor nidal
niels nigel nihat nikhil nikitas niklas niko nikola nikolai nikolaos nikolas nikolaus nikolay nikos
nil nils nimrod nir nitin nizar nkosinathi nnamdi noah noam noboru noe noel nohan nolan norbert
norberto nordine noriyuki norman normand notker noureddine nouri nout novak noé noël nuno nurettin
nélson néstor obi obinna octave octavian octavio octávio odd odell odhran odhrán odo odysseas ofer
ognjen ognyan oguz oguzhan oier oisin oisín okke oktay ola olaf olafur olav oldrich oldřich ole
oleg olegario oleh oleksandr oleksii oleksiy oliver olivier olivér olle olli ollie olufemi olumide
olusegun oluwaseyi omar omid omran omri ondrej ondřej onni onur orazio oren oreste orhan orhun ori
oriol orlando ortwin osama osamu oscar osian oskar oskari osman osvaldo oswald oswaldo otar otavio
otfried othman othmane otmar ottavio ottmar otto ottokar ottó otávio oumar oumarou ousama ousmane
ousseynou ovidiu owain owen oyvind ozan oğuz oğuzhan paavo pablo paco padraic padraig pal palle
panagiotis pancho pankaj panos pantelis paolo pape parvez parviz pascal pascasio pascual pasi
pasquale pastor patrice patricio patrick patrizio patryk patxi pau paul paulo pavel pavlo pavlos
pawel paweł payam peadar peder pedram pedri pedro peio pekka pelayo pelle pentti pep pepe per
perceval percival percy pere periklis perry pervez petar pete peter petr petri petro petros petru
petter petteri peyman phil philip philipp philippe phillip piergiorgio pierluigi piero pierpaolo
pierre piers piet pieter pietro pinchas piotr pippo pirmin placido plamen platon plácido pol
porfirio poul pouya prabowo pradeep prakash pranab pranav preben predrag premysl preston priit
primitivo primo primoz primož prince proinsias prokopis prosper prudencio przemyslaw przemysław
pyotr pádraic pádraig pál pål péter přemysl qais qasem qasim qassem quentin quim quincy quique
quirin rabah rabih rachad rachid radek radim radoslav radoslaw radosław radovan radu raed rafa
rafael rafal rafał raffaele rafik rafiq ragnar raheem rahul raila raimo raimondo raimonds raimund
raimundo rainer raj rajendra rajesh rajiv rajkumar rajnath rakesh ralf ralph ram ramachandran
ramazan ramesh rami ramil ramin ramiro ramon ramush ramzan ramón rand randall randolph ranveer
raouf raoul raphael raphaël rashad rasheed rashid rasmus rastislav ratko raul ravi ray rayan
raymond razvan raúl recep reda redouane reed reg reggie reginald regis reid reijo rein reinaldo
reiner reinhard reinhold reinier reinout rejean remco remi remigio remo remy renan renato renaud
rene rens renzo rené restituto reto reuben reuven rex reza rhodri rhys riad ricardo riccardo rich
richard richárd rick ricky rida ridha rigoberto rik rimantas ringo rino rishi risto ritesh rivaldo
riyad riza rizgar rizwan rob robbie robert roberto roc rocco rod roderick rodion rodney rodolfo
rodolphe rodrigo rodrigue roel roelof rogelio roger rogerio rogier rogério rohan rohit rok roland
rolando rolf romain roman romano romario romeo romolo romuald román romário roméo ron ronald
ronaldo ronan ronnie ronny rory roscoe rosendo ross rostam rouhollah roy ruadhan ruadhán ruairi
ruairí ruben rubens rubén rudi rudiger rudolf rudolph rudy ruedi ruediger rufino rufus ruggero
ruhollah rui rumen rune rupert ruprecht ruslan russell rustam rutger ruud ryan ryder ryota ryszard
ryuichi ryutaro ryūichi réal régis réjean rémi rémy róbert rónán rúben rüdiger răzvan rıza saad
sabatino saber sabino sabri sachin sadegh sadettin sadio saeed sahin said saif sajid sajjad sakari
salah saleh salem salif salim saliou salman salvador salvatore samba sameer sameh samer sami samir
sampo samuel samvel samy sancho sandeep sander sandor sandro sanjay sanjeev sanjiv santi santiago
santino santo santos sarfaraz satish satoshi saturnino satya saul sauli saulius saurav saverio
savva sawyer sayed sayyid saïd saúl scott seamus sean seb sebastian sebastiano sebastiao sebastien
sebastián sebastião sedat segismundo segun segundo seif sekou selahattin selim sem semih semyon
senad senan sener sepp seppo serafin serafín serge sergei sergey sergi sergio sergiu serhat serhii
serhiy serkan sertac sertaç seryozha serzh seth severiano severin seweryn seydina seydou seán shady
shahid shahin shahram shahrukh shane shankar shaquille sharad shaul shaun shawn shehbaz sherif
sherman shigeru shimon shinji shintaro shinzo shinzō shiv shlomo shmuel shoaib shohei shota
shunsuke shyam shōhei siaka siamak sibusiso sid siddharth sidney siegfried sieghard siegmund siem
sietse sigismund sigmar sigmund sigmundur sigurd sigurdur sigurður sigvard silas silvan silvano
silvio silviu simao simon simão simón sinan sindre sinforoso sinisa siniša sipho siyabonga sizwe
sjoerd slavko slawomir slimane slobodan soenke soeren sofiane sofyan sohrab sokratis solomon sonke
soren sorin sota sotiris soufiane souleymane sourav spencer spyridon spyros srdan srinivas srđan
stanislas stanislav stanislaw stanisław stanley stathis stavros steen steeve stef stefan stefano
stefanos steffan steffen steinar stelios stellan sten stepan stephan stephane stephen stergios
sterling stevan steve steven stewart stig stijn stjepan stoyan stuart stylianos stéphane suat
subhas subhash subramanian sudhir suhail sukru sulaiman suleiman suleyman sumit sundar sunder sunil
suresh sven svend sverre sviatoslav svyatoslav sylvain sylvestre sylwester szabolcs szilard szilárd
szymon sándor séamus sébastien sékou sérgio séverin sílvio sönke sören søren süleyman sławomir
tadas tadashi tade tadej tadeo tadeusz tadhg tage taha taher tahir tahsin takashi takeshi takis
taku takumi takuya talal taliesin tamas tamer tamim tamir tamás tancredi taner tangi tanguy tanju
tapani tapio taras tarek tarik tariq tarkan taro tarun tarō tasos tassilo tate tatsuya tawfik
tawfiq tayeb tayyip ted teddy teemu telmo tengiz teodor teodoro teofilo terence terje tero terrell
terrence tesfaye tetsuya teun tevfik tewodros teymour teófilo thabo thaddaeus thaddaus thaddäus
thanasis thanos themba theo theodor theodore theodoros theofanis theophile thiago thibaud thibault
thibaut thierno thierry thies thijs thilo thodoris thom thomas thoralf thorbjorn thorbjørn thordur
thorsten thrasyvoulos théo théophile tiago tiberio tiberiu tibor tiburcio tidiane tiemoko tiernan
ties tigran tijmen tijs tikhon tilen till tilo tim timeo timo timothee timothy timothée timur timéo
titouan titus tivadar tiziano tiémoko tjark tjeerd tobias toby tobías todd todor tolga tolya tom
tomas tomasz tomer tomiichi tomislav tommaso tommy tomohiro tomos tomás tomáš ton tonino tonis tony
toomas topi tor torben torbjorn torbjörn torbjørn tore torgeir toribio torleif torsten toru
toshihiro traian traugott travis trayvon tremaine trent trevor tristan trond troy trygve tsuyoshi
tsvetan tucker tudor tugdual tugrul tullio tuncay tunde tuomas tuomo turgut tushar tuğrul twan
txema tyler tymoteusz tyree tyrell tyrone tyson tzachi tzvi térence tõnis tōru ubaldo uchenna uday
udo ueli ufuk ugo ugur uhuru ulas ulaş ulf ulises ulrich ulysse ulysses umar umberto umit umut unai
unax urbain urban urbano urho uri urko urmas uros uroš urs usain usama usman uthman uwe uğur vaclav
vadim vadym vahagn vahid vaino valdas valdemar valdis valentijn valentin valentino valentín valere
valeriano valerii valerio valeriy valery vallabhbhai valon valter valtteri valère valéry vangelis
vanya vardan varun vasco vasile vasileios vasilis vasiliy vasily vassilis vasyl vebjorn vebjørn
vedat vegard veikko veit velimir veljko venancio venkatesh vernon veysel vianney vicente victor
vidal vidar vijay vikas vikram viktor viliam ville vilmos vinay vince vincent vincenzo vinicius
vinod vinzenz vinícius viorel virat virgil virgile virgilio visar vishal vit vitali vitaliy vitaly
vitezslav vito vitor vittore vittorio vivek vlad vladan vladimir vladimír vladislav vlastimil
vojislav vojtech vojtěch volkan volker volkmar volodymyr vova vsevolod vugar vuk vusi vyacheslav
vytautas václav väinö víctor vít vítor vítězslav waclaw wacław wade wael wagner wahid wajdi
waldemar wale waleed walid wallace walter walther waqar warren wasim wassim wayne wellington
wenceslao wendelin wenzel werner wes wesley wessel weston wibo wieland wieslaw wiesław wigand
wiktor wilbur wilco wilf wilfred wilfried wilhelm wilko will willard willem willi william willibald
willie willy wim wincenty winfried wisam witold wladimir wladyslaw wojciech wole wolf wolfgang
wolfhard wolfram woodrow wout wouter wulf wyatt wybren wyn władysław xabi xabier xaver xavi xavier
xherdan xoan xose xosé xoán xurxo yaakov yacine yago yahya yair yakov yakubu yakup yanis yann
yannick yannik yannis yaqub yaron yaroslav yaser yash yasha yasin yasser yassin yassine yassir
yasuhiro yasuo yavuz yaw yaya yazid yegor yehiel yehoshua yehuda yevgeniy yevgeny yevhen yiannis
yigael yigal yigit yilmaz yisrael yitzhak yiğit ylli yngve yoan yoann yoav yoel yogesh yonatan yoni
yordan yorgos yorick yosef yoshihide yoshiki yoshinori yoshio yoshiro yossef yossi youcef younes
younis younès yousef yousif youssef youssouf yoweri yuji yukio yunus yuri yuriy yusuf yusuke yuta
yuto yuval yuvraj yvan yves yvon yvonnick yılmaz zacarias zacarías zach zacharias zacharie zachary
zack zafer zaid zakaria zakariya zakhar zane zarko zayed zbigniew zbynek zbyněk zbyszek zdenek
zdeněk zdravko zdzislaw zdzisław zeev zeki zeljko zenon zeyad zhivko ziad ziga zinedine zivko ziya
zlatan zlatko zoheir zohran zoltan zoltán zoran zoubir zsigmond zsolt zubair zuhair zulfikar zurab
zvi zviad zvonimir zygimantas zygmunt ádám ákos álvaro ángel árpád åke çağatay çağlar èric éamon
éamonn édouard élie éloi émeric émile émilien éric étienne évariste íñigo ólafur óscar ömer øyvind
ümit þórður čeněk đorđe ľubomír ľudovít łukasz şahin şener şivan şükrü štefan štěpán žarko željko
žiga živko žygimantas ștefan
hjalmar halvard oddvar asgeir øystein oystein viggo
""".split())

FEMALE = frozenset("""
aaliyah aarti abbie abby abena abigail abril achieng ada adaeze adela adelaida adelaide adele
adelheid adeline aditi adja adjoa adoracion adoración adriana adrienn adrienne adwoa adèle adéla
aferdita afroditi afsaneh afua agata agatha agathe agne agnes agnese agneta agnetha agnieszka agnès
agnė agripina agustina aicha aida aikaterini aiko ailbhe aileen ailsa aimee aimée aina ainara aine
ainhoa ainize aino aisha aishwarya aisling aissata aissatou aitana aitziber ajda akiko akinyi
akosua alanis alazne alba albana albane albertine alegria alegría alejandra aleksandra alena
alessandra alessia alexa alexandra alexandria alexandrine alice alicia alicja alida alina aline
alison aliyah alla allison alma almaz almudena alona alva alyona alys alyssa ama amaia amaiur amaka
amalia amalie amanda amandine amaya amber ambre amela amelia amelie amina aminata amira amparo amra
amy amélie ana anabel anaelle anahi anahit anahí anais ananya anastasia anastasie anastasiya
anaëlle anaïs anca andree andreea andreja andrée ane aneta anezka anežka angela angele angeles
angelica angeliki angelina angelique angharad angustias angèle angélica angélique ani anita anja
anjali anke ankica ann anna annabel annabelle annalena annalisa annamaria anne annegret annekathrin
anneke anneli annelie annelies anneliese annelore annemarie annemie annerose annette anni annick
annie annika annina anouk antia antigone antje antoinette antonella antonia antonie antonina antía
anu anzhela aoibheann aoibhinn aoife aphrodite apolline apollonia april arabella araceli arancha
arantxa arantza aranzazu archana argyro aria ariadna ariana ariane arianna ariarne arina arlette
armelle armine arrate arta artemis arti aryna aránzazu asdis ase asena asha ashling asia asli aslı
asma asmaa assumpta assunta astou astrid asuman asuncion asunción atefeh athina aud aude audrey
augustine aurelia aurelie aurora aurore aurélie ausra autumn aušra ava avril awa awino axelle aya
ayaka ayanna ayelen ayelet ayelén ayesha ayla aylin aynur ayse aysel aysun aytan ayten ayumi ayşe
azadeh azahara aziza azra azucena aída aïcha aïssata aïssatou babette baerbel bahar baiba banu
barbara barbel barbora basak basma başak beata beate beatrice beatrix beatriz becky begona begoña
behnaz belen belgin belinda bella belén benedetta benedicte benedikta benedita berenice berit
berivan berna bernadett bernadette berta bertha berthe beryl bessie beth bethan bethany betsy
bettina betty betul betül beverley beverly beyonce beyoncé beáta bhavna bianca biljana bineta binta
birgit birgitt birgitta birgul birgül birna birte birthe birute birutė bjorg bjork björk bjørg
blanca blanche blandine blanka blathnaid blerta bleuenn bláthnaid bodil boglarka boglárka bogna
bogumila bogumiła bohumila boitumelo bonnie borbala borbála bozena bożena božena branka brankica
branwen bregje brenda brianna brid bridget brigid brigitta brigitte britney britt britta brittany
bronislawa bronisława bronwyn brooke brooklyn bruna brunhilde bríd bukola burcu busisiwe busra
bárbara bärbel béatrice bénédicte bérénice büşra caitlin caitlyn caitriona caitríona camelia camila
camilla canan candace candela candice cansu caoimhe capucine cara caridad carina carine carla
carlota carlotta carme carmela carmen carol carola carole carolina caroline carolyn carrie carys
casilda cassandra catalina catarina caterina catherine cathy catrin catriona cayetana cecile
cecilia celeste celestina celia celine ceren cerys ceyda chantal chantelle charity charlene
charlotte charlène chelsea cher cherie cheryl cheyenne chiamaka chiara chieko chimamanda chioma
chitra chloe chloé christa christel christelle christiane christina christine chrysoula ciara cindy
cinzia citlali claire clara clare clarissa clarisse claudia claudine clemence clementine cliona
clodagh clothilde clotilde clàudia cláudia clémence clémentine clíona codruta codruța colette
coline colleen colombe conceicao conceição concepcion concepción concetta concha connie constanca
constance constanza constança consuelo cora coralie cordula corina corinna corinne cornelia coumba
courtney covadonga cristiana cristina crystal csilla cynthia czeslawa czesława cécile céleste célia
céline dace dafna dagmar dagmara daisy daiva dalia danai danica daniela danielle danièle danuta
daphne daria darlene darya dasha dawn dayana debbie debora deborah debra deepika defne deirdre deja
delal delcy delia delilah delphine demet denisa denise derartu derya desiree desislava despina
destiny diana diane dieuwke dieynaba dijana dilan dilara dilek dilma dilys dimitra dina divya
djamila djeneba doerte doerthe doina dolly dolores dominika donatella donika donna dora doreen
doris dorit dorota dorotea dorothea dorothee dorothy dorothée dorte dorthe dovile dovilė dragana
drahomira drahomíra drita dua duaa dubravka dulce dunja duygu débora désirée dóra dörte dörthe
eabha ebba ebony ebru ecaterina ece ecrin eda edeltraud edeltraut edie edit edith edna edurne
edwige edyta eeva efrat efthymia eftychia efua eglantine egle eglė eider eija eileen eilidh eimear
einat eirini eithne eka ekaterina ela elaheh elaine elba eleanor eleftheria elena eleni eleonora
eleonore elettra elfi elfriede elham eliane elif elin elina elisa elisabeth elisabetta elise
elisenda eliska eliza elizabeth elizaveta eliška elke ella ellen elli ellie ellinor elly elodie
eloisa eloise eloísa elpida els elsa else elsie elspeth eluned elvira elzbieta elżbieta emanuela
emel emeline emer emese emiko emilia emilie emily emina emine emma emmanuelle emmi emmy emília
encarnacion encarnación engracia enid eniko enikő enora erdmute eri erica erika erin erna ersilia
erzsebet erzsébet esi esin esma esme esmeralda esperance esperanza espérance esra esraa essence
estefania estefanía estela estelle ester esther esti estibaliz estrella estíbaliz eszter etelka
ethel eugenia eugenie eulalia eulàlia eunice eusebia eva evangelia evangelina evdokia eve evelyn
evelyne evgenia evi evie evika ewa ewelina eylem fabiana fabienne fabiola fadwa faith famke fani
fanny fanta farah farahnaz fariba farideh fatema fatemeh fatima fatimah fatma fatoumata fay
federica felicia felicidad felicie felicite felicity femke fenna fereshteh feride fermina fern
fernanda ffion figen filipa filiz filomena finja fiona fionnuala fiorella flavia fleur flor flora
florence florencia florentina flutura flávia flóra folake forough fotini france frances francesca
francine francisca francoise franzi franziska françoise frauke frederike frederique freja freya
frida frieda friederike frédérique fumiko funda funke funmi funmilayo fátima félicie félicité gabi
gabriela gabriella gabrielle gaby gaelle gaetane gaia gail galina galit galya gamze garazi garbine
garbiñe gayane gayatri gaétane gaëlle geertje geeta gema gemma genara genesis genet genevieve
geneviève genoveva genowefa georgette georgia georgiana georgina geraldine gerda gerlinde germaine
gertraud gertrud gertrude gesa gesine ghada ghalia ghazal ghislaine giacinta giada gianna gilberte
gillian gina ginette ginevra ginger ginny gintare gintarė giorgia giovanna gisa gisela gisele
giselle gisèle gita gitta giulia giuliana giuseppina giusi gizella gizem gladys glenda glenys
gloria glòria glória golda golnar golshifteh gonul gorana gordana grace gracia gracie graciela
grainne grazia graziela grazyna graça grażyna greta gretchen grete gretel grethe griet griselda gro
gráinne guadalupe gudrun gul gulay gulben gulsen gulsum gulten gundula gunhild gunilla guðrún gwen
gwenaelle gwenaëlle gwenda gwendoline gwendolyn gwenllian gwladys gwyneth gönül gül gülay gülben
gülsüm gülten gülşen habiba hacer hadas hafsa hagit hailey haizea hajar hajnalka haley halima
halina halyna hana hanako hanan hanane handan hande hanife hanna hannah hanne hanneke hannelore
harmony harper harriet haruka haruna hasina hasna hatice hattie hawa hayat hayley hayriye hazel
heather heaven hedwig hege heide heidelinde heidemarie heidi heidrun heike heledd helen helena
helene helga hella helle heloisa heloísa hema henny henrietta henriette henrike hermine herminia
herta hertha hester hiba hila hilal hilda hilde hildegard hildur hilkka hilla hillary hiltrud hina
hind hiroko hoda holly homa honor honorata hope hortense hortensia houda houria huda huguette hulya
hélène hülya iara ibtisam ida idoia idurre ieva ifeoma iga iida ilaria ildiko ildikó ileana iliana
ilinca ilka ilona ilsabe ilse ilze imane imani imke immacolata imogen ina inbal inci india indira
ineke ines inese ingeborg inger ingrid ingrida ingvild inka inken inkeri inmaculada inna insa
intissar inès inés inês ioana ioanna iolanda iona ipek irati iratxe irem iren irena irene iria
irina irini iris irit irja irma irmela irmgard irmtraud iryna irène irén isabel isabell isabella
isabelle isla isolde itsaso itzel itziar iulia ivana ivanka ivanna ivelina iveta ivona ivonne ivy
iwona izabela izaskun jaana jacinda jacinta jacqueline jada jade jadranka jadwiga jagna jagoda jale
jaleh jamila jana jane janet janice janina janneke jantine jaqueline jarmila jaroslava jasmin
jasmina jasmine jasna jaya jazmin jazmine jazmín jeanette jeanne jeannette jeannine jehona jelena
jemima jen jenni jennifer jenny jess jessica jette jihane jikke jildou jill jillian jimena jina
jitka jitske joana joanna joanne jocasta jocelyne joelle johana johanna johanne joke jolan jolanda
jolanta jolanthe jolien jolán jone jordina josee josefa josefina josefine josephine josette josiane
josée joséphine jouhaina jovana joy joyce joëlle juana judit judith judy jule julia juliana juliane
julie juliet julieta juliette june junko juno jurgita justine justyna jutta jyoti jázmin jéssica
jóhanna júlia kaarina kadi kadiatou kadidia kaethe kaia kaisa kaitlyn kaja kalliopi kalpana kamala
kamila kaori kareena karen karima karin karina karine karla karmele karolin karolina karoline kata
katalin katarina katarzyna katarína katayoun kate katerina kateryna kateřina katharina katharine
kathe katherine kathleen kathrin kathryn kathy katica katie katja katrien katrin katrina katrín
katya kavita kavya kawtar kayla kaylee kazimiera kazuko keely keiko keira keisha kellyanne kelsey
kemi kendra kennedy kenya kenza keren kersti kerstin kerttu kesha ketanji ketevan kezia khadidja
khadija khady khawla khloe khloé kiara kimberly kimiko kinga kirsi kirsten kirsti kirstie kirsty
klara klaudia klavdia klothilde klára kolinda konstantina konstanze kornelia kourtney kriemhild
kristalina kristen kristin kristina kristrun kristrún kristy kristyna kristýna krisztina krystyna
ksenia kseniya kubra kumiko kunigunde kylie kyoko kyōko käthe kübra lacey ladan ladina laetitia
laia laila laima lakeisha lakisha lakshmi lale laleh lamia lamiae lamis lamya lana laoise lara
larisa larissa larysa lashonda latasha latifa latisha latonya latoya latrice laura laure laurel
lauren laurine lavinia lawanda laxmi layla lea leah leane leanne leena leila leire lejla lena lene
leni lenka leocadia leokadia leona leonie leonor lerato lesley leticia letizia letícia lexi leyla
leyre leïla lia liat liberty libuse libuše lidia lidiya lieke lien liesbeth liesel lieselotte lieve
liina liisa lili lilia liliana liliya lilli lillian lilly lilou lily limor lina linda linde lindita
lindiwe line linn linnea liora lisa lisbeth lise liselotte liudmyla liv livia liz lizbeth lizzie
ljiljana ljubica llinos loes lois lola lone lorea loredana lorella lorena lorenza loreto lorna
lorraine lotta lotte lotti lottie loubna louisa louise louna lourdes lovisa lowri luana lubna
lucero lucia luciana lucie lucienne lucila lucille lucinda lucrecia lucrezia lucy lucía ludivine
ludmila ludovica luisa luise lujain luminita luminița luna lupita lurdes lusine luz luzia luísa
lydia lydie lynne lyuba lyubov lyudmila lætitia léa léane léna léonie lívia lúcia maaike maarit
mabel macarena madalena madalina maddalena madeleine madeline madhuri madison madonna mae maelle
maelys maeve mafalda magali magda magdalena magdolna maggie maha mahboubeh mahin mahira mahnaz
mahsa mahtab mai maia maialen maider maija maike maimouna mair maire mairead mairi mairéad maisie
maite maiwenn maja majlinda makayla mala malak malala malena malgorzata mali malia malika malin
malini mallory malwine mamata manal mandy manisha manon manuela mar mara marcela marcelina marcella
marcelle marcia marcy mareike marga margaret margareta margarete margarethe margarida margarita
margaux margery margherita margit margot margret margrét marguerite mari maria mariah mariam
mariama mariana marianela mariangela marianna marianne mariastella maribel maricela maricruz marie
marieke mariella marielle mariem marija marika mariko mariluz marilyn marina marine marion marisa
marisela marisol marissa marit mariya marja marjan marjatta marjolein marjorie marketa markéta
marleen marlen marlene marlies marloes marlène marnie marsha marta marte martha marthe martina
martine mary maryam maryna maryse marzena marzia maría masako masha masoumeh mathilda mathilde
matilda matilde maud maude maura maureen mavis maximina maxine may maya mayada mayawati mayra mayte
mayumi maélys maëlle maëlys maïmouna maïwenn małgorzata mckenzie meabh mechthild mechthilde
mechtild meera meg megan megane meghan megumi mehri mehriban mehwish meike meirav melania melanie
melek melina melinda melis melissa melodie melody meltem meral merav merce mercedes mercy mercè
meredith merel meri meriem meritxell merja merle mertxe mervat merve mervi meryem meryl meseret
mette mhairi mia micaela michaela michela micheline michelle michiko michèle midori mieke mihaela
mila milada milagros milana mildred milena miley milica milla millie mimoza mina mindy minja minna
minnie minoo mio mira miranda mireia mireille mirela mirella miren miriam mirja mirjam mirjana
mirna miroslava miroslawa mirosława mirta mirte misaki missy mitra miyu modesta moira mojca mollie
molly momoko mona monica monika monique montse montserrat morag morena morgane mouna muge muireann
muriel murielle myfanwy mylene mylène myra myriam myrtle máire máiréad márcia mária márta märta
méabh mégane mélanie mélissa mélodie mònica mónica mónika mônica müge mădălina naama nabila nadege
nadezhda nadia nadine nadira nadiya nadja nadège nafsika nagore nahia nahid nahla naiara naima
najat najla najwa nalan naledi nanami nancy nandini nanette nanna naoko naomi narcisa narges narine
nasrin nastya natalia natalie nataliya natalka natalya natasa natasha nataša nathalie natia
natividad natsuko natália nava nawal nayara nayeli naz nazanin nazaret nazli nazlı ndeye ndèye
necla neda neele negar neha nekane nele neli nell nelli nellie nelly nena nerea nermin nermine
nerys neslihan nesrin nesrine nettie neus nevena nevin ngozi nia niamh nicki nicolasa nicole
nicoleta nicoletta nicolette nidia nienke nieves nigella nihan niki nikki nikolett niloufar nilufar
nilufer nilüfer nina nirmala nirupama nisha nisrine nitza nives njeri nkosazana nneka noelia noelle
noemi noemie noemí noga nokuthula nolwenn nompumelelo nomvula nomzamo noora noortje nora norah
noriko norma noura nourhan nozomi noémi noémie nuala nunzia nur nuray nurhan nuria núria oana
obdulia oceane octavia océane odete odette odile ofelia ofra oihana oihane oksana olatz oleksandra
olena olga olha olive olivera olivia oliwia olvido olwen olya olympia ona ons oona oonagh ophelia
ophelie ophélie oprah oriana orit orla orlaith orly ornella orsolya osnat otilia ottavia ottilie
ouafa oumou ourania outi oya ozlem padma paige paivi pallavi paloma pam pamela panagiota pandora
paola paraskevi parastoo pari paris parisa parvaneh parvati patience patricia patrizia patrícia
paula paule paulette paulina pauline pavla paz pearl pegah peggy penda penelope penny perihan perla
pernille perrine petra petronila philippa phoebe phyllis pia piera pierrette pihla pilar pina pinar
piper piret pirjo pirkko piroska pnina polina polly pooja poonam popi poppy precious preeti
primrose priscila priscilla priti priya priyanka prudence prune puja pura purificacion purificación
päivi pía pınar queralt rabab rabia rachel rachida radha radhika radia radka radmila rafaela
raffaella ragnheidur ragnheiður ragnhild raha rahma raija raili raisa rajaa raluca ramatoulaye
ramona randa randi rania raquel rasa rasha rashida rashmi raven raymonde reba rebeca rebecca
rebekka reem refilwe regina regine regula reham reiko reina reine rejeanne reka rekha remedios
remei renata renate renee reni renske renée resi reut rhian rhiannon rhoda rhona rhonda rianne
ricarda rie rigoberta rihanna riikka rika rim rima rina risa rita ritu ritva rivka roberta robyn
rocio rocío rodica roisin rojda rojin rokhaya rokia romane romina romy ronit ronja roos rosa
rosalba rosalia rosalie rosalind rosalinda rosalinde rosalía rosamund rosana rosanna rosaria
rosaura rose rosel rosella roselyne rosemarie rosemary roser rosetta rosi rosie rosina rosine
rositsa rossana roswitha rosália rosário roula rowena roxana roxane roxanne roya roza rozalia
rozenn rozália ruby rufina rukiye rupa ruta ruth ruzica ružica rébecca régine réjeanne réka róisín
róża rūta saadet saara sabela sabiha sabina sabine sabrina sachiko sadhbh sadie safaa saffron safia
safiatou safiya safiye saga sagrario sahar sahra saida sakina sakura saliha salla sally salma
salome salomé salwa samah samaneh samantha samia samira sana sanaa sanae sanaz sandra sandrine
sangeeta sania sanja sanna sanne santina saoirse saori sapna sara sarah sarit sarita sarka saskia
satu saturnina savannah savita sawsan sayaka scarlett seda seema segolene seija selena selin selina
selma sema semra sepideh seraina serap seren serena serenity serife serpil setareh sevda severina
severine sevgi sevil sevim sevinc sevinç seyma sezen sezgi shabana shabnam shahla shaima shaimaa
shakira shalini shameka shani shania shanice shaniqua shanti shaquana shari sharice sharon shauna
sheena sheila shelley shereen sherry sheryl shilpa shiori shira shirin shirley shizuka shlomit
shobha sholeh shona shonda shreya shulamit shweta sian sibel sibylle sidsel sieglind sieglinde
sienna sierra sifan sigal signe sigrid sigridur sigrun sigríður siham sihem siiri sile silje silke
silvia sima simin simona sinead sinem sini sinéad siobhan siobhán sioned siranush siri sirkka sirpa
sita siv sixtine siân skye slavica smadar smaranda smriti sneha snezana snezhana snežana soazig
socorro sofia sofie sofiya sofía sokhna sol solange soledad solene solomiya solveig solène sona
sonali songul songül sonia sonja sonya sophia sophie soraya sorcha sorina sotiria souad soudabeh
souhaila souhila soukaina soumaya soňa spela spomenka stacey stacie stacy stanislava stanislawa
stanisława stavroula stefania stefanie steffi stella stephanie sterre stina stéphanie suad sudha
sue suella suha suheyla sujata sukran sule sumaya summer sunisa sunita susan susana susann susannah
susanne sushila sushma susi suvi suzana suzanne suzette svenja sveta svetlana sveva sviatlana
swantje swati sybil sybille sydney sylke sylvia sylviane sylvie sylwia synnove synnøve szilvia
ségolène séverine síle sílvia sónia süheyla tabea tabitha tahani tahereh taina taisiya tali talia
tamar tamara tameka tamika tammy tamsin tania tanisha tanja tansu tanvi tanya tara taraneh tarja
tasha tasneem tatiana tatjana tatum tatyana tawanda tecla tegan teodora teresa tereza terezia terhi
terri terézia tess tessa tetiana teuta thais thalia thalía thandi thandiwe thaís thea thekla
theodora theresa theresia thordis tiana tierra tiffany tigist tiina tijana tijen tilda tilly timea
tina tinatin tineke tiphaine tirunesh tiziana tjasa tjaša tomoko tomomi tone tonje tonya torild
torunn tova tove tracey traudel treasa tricia triin trijntje trine trinidad trinity trisha trude
trudel trudy tsvetanka tuba tugba tuija tulay tulin tulsi turkan tuula tuulikki tuva tuğba twila
tyra tzila tzipi tzipora tânia tímea tülay tülin türkan uliana ulla ulrika ulrike ulyana uma umran
una undine unni ursel urska ursula urszula urška usha usoa uta ute uxia uxue uxía vaida vaira
valentina valentine valentyna valeria valeriana valerie valeriya valéria valérie vandana vanesa
vanessa varda vasiliki vasilisa veerle velma vendula venla venus vera verena verity verna veronica
veronika veronique verónica vesna vibeke vicenta vicki vicky victoire victoria vidya viera vigdis
viktoria viktorija viktoriya viktória vilma vincenza viola violet violeta violette viorica virginia
virginie virpi visnja vitoria vittoria vitória vivian viviana viviane vivienne višnja vjosa vlasta
vreni véronique věra wafa wafaa walburga walli waltraud waltraut wanda wangari wanjiku wanjiru
wenche wendy weronika whitney wiam widad wided wiebke wieslawa wiesława wietske wiktoria wilhelmina
wilhelmine willemijn willow wilma winifred winnie wladyslawa władysława xanthe xanthi xiana ximena
xiomara xochitl xóchitl yaa yaara yadira yael yaiza yalda yamila yamina yamna yana yanina yanira
yara yardena yaroslava yasaman yasemin yasmeen yasmin yasmina yasmine yehudit yekaterina yelena
yeliz yelizaveta yesenia yesim yetunde yevgenia yeşim yifat yildiz ylva ymke yoko yolanda yolande
yordanka yoshiko yousra yui yuka yukiko yuko yulia yuliana yuliya yumi yumiko yuna yuriko yusra
yvette yvonne yıldız yōko yūko zahra zaida zaina zainab zakia zanda zanele zara zari zaynab zdenka
zdeňka zdravka zehava zehra zeinab zelda zeliha zenaida zendaya zenobia zerrin zeynep zhanna ziba
zilan zina zinaida zineb zita zoe zoey zofia zohra zohreh zoila zora zoraida zorica zoubida zoya
zoé zoë zrinka zsanett zsofia zsuzsa zsuzsanna zsófia zuhal zulema zurine zuriñe zuzana zuzanna
zvjezdana àngela ágnes áine ángela ángeles ásdís ângela åsa åse ève éabha édith églantine éliane
élisabeth élise élodie éloïse éléonore émeline émilie éva évelyne özlem úna ümran þórdís ľudmila
şerife şeyma şule şükran špela šárka
hedda hedvig pernilla torill
""".split())

# names given to both (andrea, jean, kim, dominique, camille)
UNISEX = frozenset("""
adama adi aki alex alexis alix amara amit andrea angel ariel ashley asuka aubrey avery bailey
billie blake bo bryn cameron camille casey charlie chris cihan claude cruz dakota dana dani daniele
darcy deniz devon dima dominique drew eden emerson evren finley fran frankie gabriele gal gerd gigi
hadar harley hayden hikaru hilary ilham ilhan ilkay iman inge ira isa jackie jamie jan janis janne
jean jessie jo joan jocelyn jody jordan jun kaoru kari kelly kendall kerry kim kiran kris laurence
leigh leslie lilian lindsay lindsey lior lou lynn mackenzie marian maxime mel michal michele mika
mischa misha morgan nana nasim nicky nicola nika nikita nikol nino noa noor nour omer ozgur page
parker pat peyton quinn rain raja rana reese reyes riley river robin roni rosario rowan sacha sage
sam sandy sasa sascha sasha saša shadi shai shannon shelby shiva simone sina sivan sky skylar
skyler stevie sultan tal taylor terry toni tracy val vanja vivien yarden yuki zhenya özgür
""".split())

WORDLIKE = frozenset("""
abbas abril adam adelaide ahmed aimee aimée alba albrecht alegria alegría ales alexandria ali allan
allen alma alonso alpha ama amado amador amber ambre amir amparo anderson andre andré ange angel
angustias ante antoine april arnaud arnold asia asuncion asunción august auguste aurora aurore
austin autumn avril azucena bailey bard baron barron bas basil bautista beat beau belen beltran
beltrán belén benigno bent bentley bernard bernhard beryl bianca biel bienvenido bill blanca
blanche bob booker brent brooklyn brooks can candela capucine caridad carmine carolina carson
carter cash celeste chad chance charity charlotte chase cheikh chelsea cher chester cheyenne
christian chuck claire clara clare clark clay clemence clement clemente cliff clinton clémence
clément cole colombe concepcion concepción conrad constance constant consuelo cooper covadonga cruz
crystal curtis céleste dag daisy dakota dale dalia dallas dane david dawn dean denis desire desiree
destiny devon dick dietrich dirk dolores domingo don douglas drake drew dries duke dulce désiré
désirée earl ebbe eden eglantine eider ela elba emir encarnacion encarnación erica erika ernst
esmeralda esperance esperanza espérance essence estela estrella eve everton faith fanta fatima fay
felicidad felicite felicity fern finn fleur flor flora florence florencia floyd france francis
franco francois frank françois friedrich funke fátima félicité gene genesis genet gent georgia
gerard germain german germán gil gilbert ginger glen glenn gloria goodluck gordon grace gracia
graham granit grant griffin guadalupe guillaume guy gérard hagen hank harm harmony harrison harvey
hassan hayat hazel heath heather heaven heide heinrich heinz helena helle henry hermann holly homer
honor hope horst hortensia howard hudson hunter hussein ibrahim india inmaculada innocent ion ira
iris israel ivy jacinto jack jackson jade jakob james jasmine jay jazmin jazmín jean jesus jesús
joke jordan joy june justo kai kamel kane kelly kennedy keno kent kenya kerry khalil king kingsley
kirk knox konrad kumar lambert lance lane laurel laurent lazaro lee leon leone lewis lex león
liberty lilly lily lincoln linda line lino lloyd lone lorenz lorenzo loreto lorraine lourdes lucas
ludwig luna luther lutz luz lázaro macarena madison madonna major mala mali malik mar marcial
marcos margarita marguerite marin marina marine marino mark marshal marshall mart martin martín
mason mate mathieu mats maverick max maxim maxime maximo may meir melodie melody mercedes mercy
michel milagros milan miles milton mio mira mitchell modesta modeste modesto montserrat morena
morris murray mustafa myrtle máximo mélodie nancy narciso nash natividad nazaret nelson nena nick
nicolas nieves nil noel norman normand novak noël octave odd ola olive olivier olvido omar ons orly
oscar osman otto owen page pal paloma pandora pape pari paris parker pascal pascual pastor pat
patience pau paul paz pearl penny per pere perla philippe pierre pilar piper placido plácido poppy
precious preston primitivo primo primrose prince prosper prudence prune pura purificacion
purificación quinn rain raj raja ram rana raven ray reed regina reid rein reina reine remedios remo
rex reyes rich richard riley rim river rob robert robin rocio rocío rod roger roland roman romano
román rosa rosario rose rosemary ross rowan ruby rune russell ryan réal saber saffron saga sage
sagrario said saida salem salvador samba sancho sandy santo santos savannah scott segundo serena
serenity shady shannon sharon shelby sidney sienna sierra signe simon simón sivan sky skye socorro
sofia sol soledad spencer stanley stella sterling stewart stuart sue sultan summer sydney tage tate
taylor terry thomas ties till ton tone tor tore tracy trinidad trinity troy tucker tyler tyrone
urbain urban urbano uri venus vera verity vicente victoire victoria vidal ville vincent viola
violet violeta violette virginia wade wagner wallace walter warren wayne wellington werner will
willow wolf yaya ángel églantine
""".split())
