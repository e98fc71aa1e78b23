(()=>{function Xd(s){let t=atob(s),e=new Uint8Array(t.length);for(let n=0;n<t.length;n++)e[n]=t.charCodeAt(n);return e}function Wo(s){typeof requestIdleCallback=="function"?requestIdleCallback(s,{timeout:1500}):setTimeout(s,200)}function Xo(s,t){if(s===t)return!0;let e=n=>Array.isArray(n)||ArrayBuffer.isView(n);if(!e(s)||!e(t)||s.length!==t.length)return!1;for(let n=0;n<s.length;n++)if(s[n]!==t[n])return!1;return!0}var Lg={"<f4":Float32Array,"<f8":Float64Array,"<i4":Int32Array,"<u4":Uint32Array,"<i2":Int16Array,"<u2":Uint16Array,"|i1":Int8Array,"|u1":Uint8Array};async function Dg(s){let t=new Blob([s]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(t).arrayBuffer())}async function Ng(s,t){s[0]===31&&s[1]===139&&(s=await Dg(s)),s.byteOffset%8&&(s=s.slice());let e=new DataView(s.buffer,s.byteOffset,s.byteLength),n=s.byteLength>=12?e.getUint32(8,!0):0,i=null;try{i=JSON.parse(new TextDecoder().decode(s.subarray(12,12+n)))}catch{}if(!i||i.format!==t.name||i.version!==t.version)throw new Error(`not a ${t.name} version ${t.version} data pack: re-export it with this bodymap`);let r=s.byteOffset+12+n,o={};for(let[a,l]of Object.entries(i.arrays||{})){let c=Lg[l.dtype];if(!c)throw new Error(`data pack array ${a}: unknown dtype ${l.dtype}`);if(l.offset+l.nbytes>s.byteLength-12-n)throw new Error(`data pack array ${a} is truncated`);let h=new c(s.buffer,r+l.offset,l.nbytes/c.BYTES_PER_ELEMENT);if(l.delta)for(let u=1;u<h.length;u++)h[u]+=h[u-1];o[a]=h}return{header:i,arrays:o,content:i.content}}function qo(s,t){return Ng(Xd(s),t)}var qd=new WeakMap;function Yo(s){let t=qd.get(s);if(!t){let e=s.zone_offsets,n=s.zone_vertices;t=new Uint8Array(s.positions.length/3);for(let i=0;3*i<e.length-2;i++)for(let r=e[3*i];r<e[3*i+2];r++)t[n[r]]=1;qd.set(s,t)}return t}var ii=Math.fround,Zo=class{constructor(t){let{zone_offsets:e,zone_vertices:n,zone_quanta:i,vertex_area:r,vertex_side:o}=t.arrays,{sites:a,scoring:l}=t.content;this.pack=t,this.sites=a,this.area=r,this.vertexSide=o,this.regionOf=t.arrays.region_of_vertex,this.nRegions=t.content.regions.length;let c=r.length,h=a.length;this.n=c,this.prevalence=Float32Array.from(a,y=>y.prevalence),this.siteSide=Int8Array.from(a,y=>y.side==="left"?1:y.side==="right"?-1:0),this.order=Int32Array.from(a,y=>y.order),this.otherSide=ii(l.other_side);let u=[ii(l.near),ii(l.spillover),ii(l.essential)],d=new Int32Array(c+1);for(let y=0;y<h;y++)for(let g=e[3*y];g<e[3*y+3];g++)d[n[g]+1]++;for(let y=0;y<c;y++)d[y+1]+=d[y];this.rowStart=d;let f=d[c];this.entrySite=new Int32Array(f),this.entryWeight=new Float32Array(f),this.entryZone=new Int8Array(f);let p=d.slice(0,c);for(let y=0;y<h;y++)for(let g=0;g<3;g++){let m=2-g;for(let x=e[3*y+g];x<e[3*y+g+1];x++){let b=p[n[x]]++;this.entrySite[b]=y,this.entryZone[b]=m,this.entryWeight[b]=m===0?ii(l.near*i[x]/255):u[m]}}}rank(t){let e=this.sites.length,n=new Float64Array(e),i=new Int8Array(e).fill(-1),r=0,o=0;for(let c of t)r+=this.area[c],o+=Math.sign(this.vertexSide[c]);r=ii(r);for(let c of t){let h=t.length===1?1:ii(this.area[c]/r);for(let u=this.rowStart[c];u<this.rowStart[c+1];u++){let d=this.entrySite[u];n[d]+=this.entryWeight[u]*h,this.entryZone[u]>i[d]&&(i[d]=this.entryZone[u])}}let a=Math.sign(o),l=[];for(let c=0;c<e;c++){if(i[c]<0)continue;let h=this.siteSide[c],u=h===0||a===0||h===a?1:this.otherSide,d=ii(n[c]),f=ii(ii(d*this.prevalence[c])*u);f>0&&l.push({site:c,score:f,zone:i[c],explained:d,key:Math.round(f*1e6)})}return l.sort((c,h)=>h.key-c.key||h.zone-c.zone||this.order[c.site]-this.order[h.site]),l}rows(t,e=8){let n=this.rank(t),i=this.sites,r=new Map,o=new Map,a=(h,u)=>`${h}\0${u}`;n.forEach((h,u)=>{o.set(h.site,u);let d=a(i[h.site].muscle_id,i[h.site].side);r.has(d)||r.set(d,[]),r.get(d).push(h)});let l=[],c=new Set;for(let[h,u]of r){if(l.length>=e)break;if(c.has(h))continue;c.add(h);let d=i[u[0].site],f=d.side==="left"?"right":d.side==="right"?"left":null,p=f?r.get(a(d.muscle_id,f)):null;if(p&&i[p[0].site].trigger_point_id===d.trigger_point_id&&p[0].key===u[0].key){c.add(a(d.muscle_id,f));let[y,g]=d.side==="left"?[u,p]:[p,u],m=[...y.slice(1),...g.slice(1)].sort((x,b)=>o.get(x.site)-o.get(b.site));l.push({side:"both",points:[y[0],g[0],...m]})}else l.push({side:d.side,points:u})}return l}nerveRoots(t){let e=this.pack.content.nerve_roots,n=this.pack.arrays;if(!e||!t.length)return[];let{min_root_share:i,root_order:r}=this.pack.content.scoring,o=0;for(let c of t)o+=this.area[c];let a=[];e.roots.forEach((c,h)=>{let u=new Set(n.root_vertices.subarray(n.root_offsets[h],n.root_offsets[h+1])),d=0;for(let f of t)u.has(f)&&(d+=this.area[f]/o);d>=i-1e-6&&a.push({root:c.root,side:c.side,share:d})});let l=c=>[r.indexOf(c.root[0]),Number(c.root.slice(1))];return a.sort((c,h)=>Math.round(h.share*1e6)-Math.round(c.share*1e6)||l(c)[0]-l(h)[0]||l(c)[1]-l(h)[1]||(c.side<h.side?-1:c.side>h.side?1:0))}regionIndex(t){let e=new Float64Array(this.nRegions);for(let i of t)e[this.regionOf[i]]+=this.area[i];let n=0;for(let i=1;i<e.length;i++)e[i]>e[n]&&(n=i);return n}};function Wt(s,t={}){return String(s??"").replace(/\{([a-z_]+)\}/g,(e,n)=>n in t?String(t[n]):e)}function Vn(s,t){if(s=Number(s),!Number.isFinite(s))return String(s);let e=s<0,n=Math.abs(s).toFixed(100),[i,r]=n.split("."),o=i+r.slice(0,t),a=r.slice(t),l=!1;a[0]>"5"?l=!0:a[0]==="5"&&(l=/[1-9]/.test(a.slice(1))||Number(o[o.length-1])%2===1);let c=o.split("").map(Number);if(l){let f=c.length-1;for(;f>=0;)if(c[f]===9)c[f]=0,f--;else{c[f]++;break}f<0&&(c=[1,...c])}let h=c.join(""),u=h.slice(0,h.length-t).replace(/^0+(?=\d)/,"")||"0",d=t>0?`${u}.${h.slice(h.length-t)}`:u;return e?`-${d}`:d}function ts(s,t){return Number(Vn(s,t))}function Yd(s){return`${Vn(Number(s)*100,0)}%`}function $o(s){return s.map(t=>{let e=String(t);return/[",\r\n]/.test(e)?`"${e.replace(/"/g,'""')}"`:e}).join(",")+`
`}var Zd=["near","spillover","essential"],ln=Object.freeze([]),Jo=class{constructor(t,e){this.pack=t,this.content=t.content,this.texts=e.texts,this.limit=e.settings.candidate_limit,this.ranker=new Zo(t)}bakedPath(t){let{path_offsets:e,path_points:n}=this.pack.arrays;return!(t>=0)||t+1>=e.length?new Float32Array(0):n.subarray(3*e[t],3*e[t+1])}candidates(t,e){let n=t.length===1?"spot":"area";return this.ranker.rows(t,this.limit).map(i=>{let r=i.points[0],o=Zd[r.zone],a=this.content.sites[r.site],l=i.side==="both"?Wt(this.texts.rows.both_label,{muscle:a.muscle_name,point:a.trigger_point_name}):a.label,c=Wt(this.texts.why[n][o],{region:e,label:l,share:Yd(r.explained)}),h=i.points.map(u=>({site:u.site,zone:Zd[u.zone],score:u.score}));return{site:r.site,zone:o,why:c,side:i.side,points:h}})}evidence(t){let e=this.content.sites[t],n=e&&this.content.trigger_points[e.trigger_point_id];return n?.evidence?{kind:n.evidence.kind,title:n.evidence.title}:null}listing(t,e,n){let i=[...t.map(a=>a.site),...t.flatMap(a=>a.points.slice(1).map(l=>l.site))],r=i.length?i[0]:-1,o=n.pain>=0?[n.pain]:n.painted||n.highlight||ln;return{pain:-1,painted:ln,highlight:ln,resultSites:i,selected:r,path:this.bakedPath(r),context:{...e,candidates:t,nerve_roots:this.ranker.nerveRoots(o)},...n}}regionName(t){return this.content.regions[this.ranker.regionIndex(t)]}forVertex(t){let e=this.regionName([t]);return this.listing(this.candidates([t],e),{kind:"click",region:e},{pain:t})}forPainted(t){if(!t.length)return this.empty();let e=this.regionName(t);return this.listing(this.candidates(t,e),{kind:"paint",region:e},{painted:t})}forArea(t,e,n=null){let i=this.regionName(t);return this.listing(this.candidates(t,i),{kind:"search",region:e||i,note:n},{highlight:t})}forSites(t,e){let n=t.length?t[0]:-1;return{pain:-1,painted:ln,highlight:ln,resultSites:[...t],selected:n,path:this.bakedPath(n),context:{...e,candidates:null}}}forMuscle(t){let e=this.content.muscles[t];return this.forSites(e.sites,{kind:"muscle",title:e.name,note:e.summary})}empty(){return{pain:-1,painted:ln,highlight:ln,resultSites:ln,selected:-1,path:new Float32Array(0),context:null}}regionVertices(t){let e=new Set(t),n=this.pack.arrays.region_of_vertex,i=[];for(let r=0;r<n.length;r++)e.has(n[r])&&i.push(r);return i}nearestSite(t,e){let n=this.pack.arrays.positions,i=this.pack.arrays.site_vertex,r=-1,o=e*e;for(let a=0;a<i.length;a++){let l=i[a],c=(n[3*l]-n[3*t])**2+(n[3*l+1]-n[3*t+1])**2+(n[3*l+2]-n[3*t+2])**2;c<o&&(o=c,r=a)}return r}muscleOf(t){let e=this.content.sites[t]?.muscle_id,n=[t];return this.content.sites.forEach((i,r)=>{r!==t&&i.muscle_id===e&&n.push(r)}),n}plainWhy(t,e){let n=this.content.sites[t],i=this.content.muscles[n.muscle_id];return Wt(this.texts.why.plain,{plain:i.plain_name||i.name,name:i.name,how:this.texts.why.plain_how[e]})}};function O(s,t,...e){let n=document.createElement(s);for(let[i,r]of Object.entries(t||{}))r==null||r===!1||(i==="class"?n.className=r:i==="style"?n.style.cssText=r:i.startsWith("on")?n.addEventListener(i.slice(2),r):i in n&&typeof r!="string"?n[i]=r:n.setAttribute(i,r===!0?"":String(r)));return $d(n,e)}function $d(s,t){for(let e of[t].flat(1/0))e==null||e===!1||s.append(e instanceof Node?e:document.createTextNode(String(e)));return s}function Li(s,...t){return s.replaceChildren(),$d(s,t)}function Ke(s,t){return s.hidden=!t,s}function Jd(s){return String(s.innerText||"").split(`
`).map(t=>t.replace(/\s+/g," ").trim()).filter(Boolean).join(`
`)}function Ko(s,t=1){requestAnimationFrame(()=>t>1?Ko(s,t-1):setTimeout(s,0))}var jo={pick:{preview:(s,t)=>s.answers.forVertex(t),clickBody:(s,t)=>s.apply(s.answers.forVertex(t)),clickMarker:(s,t)=>s.choose(t)},paint:{clickBody:(s,t)=>s.paint([t]),clickMarker:(s,t)=>s.choose(t)},forward:{clickBody:(s,t)=>{let e=s.answers.nearestSite(t,s.config.settings.forward_pick_cm);e>=0&&jo.forward.clickMarker(s,e)},clickMarker:(s,t)=>{if(s.store.get().resultSites.includes(t)){s.choose(t);return}let e=s.answers.content.sites[t],n=s.answers.content.muscles[e.muscle_id];s.apply(s.answers.forSites(s.answers.muscleOf(t),{kind:"muscle",title:e.muscle_name,note:n?n.summary:null}))}},tour:{preview:(s,t)=>s.answers.forVertex(t),clickBody:(s,t)=>s.apply(s.answers.forVertex(t)),clickMarker:(s,t)=>s.choose(t)},quiz:{clickBody:(s,t)=>s.quiz.click(t),clickMarker:()=>{}}};var Qo=class{constructor(t){this.screen=t;let e=t.texts.screen;this.activity=O("div",{class:"bm-activity","data-testid":"activity"}),this.search=t.search.el,this.muscle=O("select",{class:"bm-muscle","aria-label":e.muscle_label,onchange:n=>t.showMuscle(n.target.value)}),this.muscleBox=O("label",{class:"bm-label",hidden:!0},e.muscle_label,this.muscle),this.region=O("div",{class:"bm-region bm-muted","data-testid":"region"}),this.note=O("p",{class:"bm-note",hidden:!0}),this.listHead=O("div",{class:"bm-list-head",hidden:!0},O("b",{},e.choose_referral)),this.list=O("ol",{class:"bm-candidates","data-testid":"candidates"}),this.pulse=this.pulseControls(e),this.clear=O("button",{type:"button",class:"bm-clear",hidden:!0,onclick:()=>t.clearDrawing()},e.clear_drawing),this.care=O("div",{class:"bm-care-slot"}),this.muscleInfo=O("div",{class:"bm-muscle-slot"}),this.roots=O("p",{class:"bm-roots",hidden:!0,"data-testid":"nerve-roots"}),this.rootsInfo=O("p",{class:"bm-note bm-roots-map",hidden:!0,"data-testid":"nerve-root-map"}),this.lineInfo=O("div",{}),this.lineBoxes=O("div",{class:"bm-lines"}),this.lines=O("details",{"data-testid":"lines"},O("summary",{},e.lines_title),this.lineInfo,this.lineBoxes),this.about=O("details",{class:"bm-about"},O("summary",{},e.about_title),O("p",{class:"bm-note"})),this.safety=O("aside",{class:"bm-safety",role:"note","data-testid":"safety"}),this.scroll=O("div",{class:"bm-scroll"},this.activity,this.search,this.muscleBox,this.region,this.note,this.roots,this.rootsInfo,t.record.el,this.listHead,this.list,this.pulse,this.clear,this.muscleInfo,this.care,this.lines,this.about),this.sheetToggle=O("button",{type:"button",class:"bm-sheet-toggle","aria-expanded":"false","data-testid":"sheet-toggle",onclick:()=>this.expandSheet(this.sheetToggle.getAttribute("aria-expanded")!=="true")},e.sheet_show),this.el=O("div",{class:"bm-side","data-testid":"side"},this.sheetToggle,this.scroll,this.safety)}pulseControls(t){let e=this.screen;return this.playButton=O("button",{type:"button",onclick:()=>e.store.set({playing:!e.store.get().playing})}),this.speed=O("input",{type:"range",min:"0.25",max:"3",step:"0.25",value:"1","aria-label":t.pulse_speed,oninput:()=>e.store.set({speed:Number(this.speed.value)})}),this.speedValue=O("b",{},"1"),this.direction=["to_pain","to_source"].map(n=>O("button",{type:"button","data-direction":n,onclick:()=>e.store.set({direction:n})},t[n])),O("div",{class:"bm-anim",hidden:!0},this.playButton,O("label",{class:"bm-speed"},`${t.pulse_speed}: `,this.speedValue,this.speed),O("div",{class:"bm-group",role:"group","aria-label":t.pulse_direction},this.direction))}expandSheet(t){let e=this.screen.texts.screen;this.sheetToggle.setAttribute("aria-expanded",String(t)),this.sheetToggle.textContent=t?e.sheet_hide:e.sheet_show,this.el.classList.toggle("bm-expanded",t)}setContent(t){let e=this.screen.texts.screen,n=Object.entries(t.muscles).sort((r,o)=>r[1].name.localeCompare(o[1].name));this.muscle.replaceChildren(O("option",{value:""},e.muscle_choose),...n.map(([r,o])=>O("option",{value:r},o.name)));let i=this.screen.config.palette;this.lineBoxes.replaceChildren(...Object.entries(t.lines).map(([r,o])=>O("label",{},O("input",{type:"checkbox",value:r,onchange:()=>this.screen.setLines(this.checkedLines())}),O("span",{class:"bm-swatch",style:`background:${/^#[0-9a-fA-F]{6}$/.test(o.colour)?o.colour:i.line}`}),o.name))),Li(this.safety,O("b",{},e.safety),O("ul",{},t.safety.map(r=>O("li",{},r))),O("p",{class:"bm-muted"},t.disclaimer)),Li(this.about.querySelector("p"),Wt(e.about,{title:t.title,version:t.atlas_version,body:t.body})," ",e.about_paths)}checkedLines(){return[...this.lineBoxes.querySelectorAll("input")].filter(t=>t.checked).map(t=>t.value)}render(t,e=null){let n=this.screen,i=n.texts.screen,r=t.mode,o=(...l)=>!e||l.some(c=>e.has(c)),a=!!t.context?.hidden;if(o("mode","tour","quiz","body")){let l=r==="tour"?n.tour:r==="quiz"?n.quiz:null;Li(this.activity,l?l.card():null),Ke(this.search,r!=="tour"&&r!=="quiz"),Ke(this.muscleBox,r==="forward")}if(o("context")&&t.context?.kind!=="muscle"&&this.muscle.value!==""&&(this.muscle.value=""),o("context","mode","clinic")&&this.renderRegion(t,a),o("context","resultSites","clinic","body"))this.renderList(t,a);else if(o("selected"))for(let l of this.list.querySelectorAll("input[type=radio]"))l.checked=Number(l.value)===t.selected;if(o("resultSites","context","playing","speed","direction")){Ke(this.pulse,t.resultSites.length>0&&!a),this.playButton.textContent=t.playing?i.pulse_pause:i.pulse_play,this.playButton.setAttribute("aria-pressed",String(!t.playing)),Number(this.speed.value)!==t.speed&&(this.speed.value=String(t.speed)),this.speedValue.textContent=String(t.speed);for(let l of this.direction)l.setAttribute("aria-pressed",String(l.dataset.direction===t.direction))}if(o("mode","painted")&&Ke(this.clear,r==="paint"&&t.painted.length>0),o("selected","clinic","context","body")&&(Li(this.care,a?null:this.careCard(t.selected,t.clinic)),Li(this.muscleInfo,a?null:this.muscleCard(t.selected,t.clinic))),o("context")&&this.renderRoots(a?[]:t.context?.nerve_roots||[]),o("layers","body")&&this.renderRootMap(t.layers.includes("roots")),o("lines","body"))for(let l of this.lineBoxes.querySelectorAll("input"))l.checked=t.lines.includes(l.value);if(o("hoveredLine","selected","body")){let l=n.answers?.content.sites||[],c=t.selected>=0&&l[t.selected]?n.answers.content.muscles[l[t.selected].muscle_id]:null;Li(this.lineInfo,this.lineCard(t.hoveredLine||c&&c.lines[0]||""))}o("clinic")&&this.el.classList.toggle("bm-clinic-text",!!t.clinic)}renderRegion(t,e){let n=this.screen.texts.screen,i=t.context,r;if(e)r=[];else if(i?.region)r=[n.pain_at,O("b",{},i.region)];else if(i?.title)r=[i.title];else if(i?.kind==="quiz")r=[this.screen.texts.quiz.correct_list];else if(i?.kind==="tour")r=[];else{let o=n.modes[t.mode]||n.modes.pick;r=[t.clinic&&o.hint_clinic?o.hint_clinic:o.hint]}Li(this.region,...r),this.region.className=i&&(i.region||i.title)&&!e?"bm-region":"bm-region bm-muted",Ke(this.note,!!i?.note&&!e),this.note.textContent=i?.note||""}renderList(t,e){let n=this.screen.texts.screen,i=t.context,r=e?[]:i?.candidates||t.resultSites.map(o=>({site:o}));this.list.replaceChildren(),i?.candidates&&!i.candidates.length&&!e&&this.list.append(O("li",{class:"bm-muted bm-none"},n.no_candidates)),r.forEach((o,a)=>this.list.append(this.listRow(t,o,a+1))),Ke(this.listHead,r.length>0)}listRow(t,e,n){let i=this.screen,r=i.texts.screen,o=i.answers.content,a=o.sites[e.site]||{},l=o.muscles[a.muscle_id]||{},c=t.clinic&&l.plain_name?l.plain_name:a.muscle_name,h=e.side||a.side,u=i.texts.rows,d=u[h]?Wt(u[h],{muscle:c||""}):c||"",f=e.why?t.clinic?i.answers.plainWhy(e.site,e.zone):e.why:null,p=h==="both",y=(e.points||[]).slice(1).map((g,m)=>O("div",{class:"bm-point","data-site":g.site,"data-tp":o.sites[g.site]?.trigger_point_id},O("label",{},this.listRadio(t,g.site,Wt(r.rank_label,{rank:`${n}.${m+2}`,label:o.sites[g.site]?.label})),this.pointName(g.site,p),this.zoneBadge(g.zone),this.evidenceBadge(g.site,!0))));return O("li",{"data-muscle":a.muscle_id,"data-tp":a.trigger_point_id,"data-site":e.site,"data-side":h},O("label",{},this.listRadio(t,e.site,Wt(r.rank_label,{rank:n,label:a.label})),O("span",{class:"bm-rank"},String(n))," ",O("b",{},d)," ",this.pointName(e.site,p),this.zoneBadge(e.zone),this.evidenceBadge(e.site,!1)),f?O("div",{class:"bm-why"},f):null,...y)}listRadio(t,e,n){return O("input",{type:"radio",name:"bm-choose",value:String(e),"aria-label":n,checked:e===t.selected,onchange:()=>this.screen.choose(e)})}pointName(t,e){let n=this.screen.answers.content.sites[t]||{};return O("span",{class:"bm-tp"},(e?`${n.side} `:"")+(n.trigger_point_name||""))}zoneBadge(t){return t?O("span",{class:`bm-zone bm-zone-${t}`},this.screen.texts.zones[t]||t):null}evidenceBadge(t,e){let n=this.screen.answers.evidence(t);if(!n||e&&n.kind==="clinical_observation")return null;let i=this.screen.texts.evidence?.badge?.[n.kind]||n.kind;return O("span",{class:`bm-evidence bm-evidence-${n.kind}`,title:n.title,"data-evidence":n.kind},i)}careCard(t,e){let n=this.screen.answers?.content,i=n?.sites[t];if(!i)return null;let r=n.trigger_points[i.trigger_point_id],o=n.muscles[i.muscle_id];if(!r)return null;let a=this.screen.texts.screen,l=r.care,c=Object.entries(a.care_rows).filter(([u])=>l[u]),h=e&&o.plain_name?o.plain_name:o.name;return O("section",{class:"bm-card","data-testid":"self-care"},O("h3",{},`${a.care_title}${h} `,O("span",{class:"bm-tp"},r.name)),O("p",{class:"bm-where"},r.location),O("p",{},r.pain_pattern),r.evidence&&r.evidence.kind!=="clinical_observation"?O("p",{class:"bm-evidence-note","data-testid":"evidence-note"},r.evidence.title):null,O("dl",{},c.map(([u,d])=>[O("dt",{},d),O("dd",{},l[u])])),O("h4",{},a.care_flags),O("ul",{class:"bm-flags"},l.red_flags.map(u=>O("li",{},u))),O("h4",{},a.care_causes),O("ul",{},l.look_for_cause.map(u=>O("li",{},u))),O("p",{class:"bm-sources"},`${a.sources}${r.sources}`))}muscleCard(t,e){let n=this.screen.answers?.content,i=this.screen.answers?.pack.arrays,r=t>=0&&i?.site_muscle?i.site_muscle[t]:-1,o=r>=0?n.muscle_layer[r]:null;if(!o)return null;let a=this.screen.texts.screen.muscle_layer,l=e&&o.plain_name?o.plain_name:o.name,c=o.layer==="deep"?Wt(a.layer_deep,{over:o.under.join(", ")}):a.layer_superficial;return O("section",{class:"bm-card bm-muscle-card","data-testid":"muscle-card"},O("h3",{},`${a.card_title}${l}`),O("p",{},c),O("p",{},O("b",{},a.action),o.action),O("p",{},O("b",{},a.from),o.origin,O("br"),O("b",{},a.to),o.insertion),O("p",{class:"bm-muted"},a.fibres),O("p",{class:"bm-sources"},`${this.screen.texts.screen.sources}${o.sources}`))}renderRoots(t){let e=[...new Set(t.map(o=>o.root))];if(Ke(this.roots,e.length>0),!e.length)return;let n=this.screen.texts.nerve_roots,i=e.length===1?e[0]:e.slice(0,-1).join(", ")+n.and+e[e.length-1],r=Wt(e.length===1?n.one:n.several,{roots:i});this.roots.textContent=r.charAt(0).toUpperCase()+r.slice(1)+"."}renderRootMap(t){let e=this.screen.answers?.content.nerve_roots;Ke(this.rootsInfo,t&&!!e),t&&e&&(this.rootsInfo.textContent=`${this.screen.texts.screen.roots_note}${e.map.replace(/\.$/,"")}. ${e.uncertainty}`)}lineCard(t){let e=this.screen.answers?.content.lines[t];if(!e)return null;let n=this.screen.texts.screen;return O("section",{class:"bm-card","data-testid":"line-info"},O("h4",{},e.name),O("p",{},n.line_evidence,O("b",{},e.evidence),".",e.evidence_note?` ${e.evidence_note}`:""," ",n.line_teaching),O("p",{},n.line_stations),O("ul",{},e.stations.map(i=>O("li",{},i))))}};function xh(s,t,e=globalThis.navigator?.languages||[]){let n=Object.keys(t.languages||{en:"English"}),i=s.get("lang");if(i&&(n.includes(i)||i===t.pseudo_language))return i;for(let r of e){let o=String(r).toLowerCase().split("-")[0];if(n.includes(o))return o}return"en"}async function Kd(s,t,e){let n=xh(e,s);if(n==="en"||!t.loadLanguage)return{config:s,language:{lang:"en",patch:[]}};try{let{content:i}=await t.loadLanguage(n);return{config:{...s,texts:i.texts},language:{lang:n,patch:i.patch,quiz_patch:i.quiz_patch||[]}}}catch(i){return console.warn(`bodymap: the ${n} texts could not be loaded; showing English`,i),{config:s,language:{lang:"en",patch:[]}}}}function ta(s,t,e="patch"){if(s.localized!==t.lang){for(let[n,i]of t[e]||[]){let r=s.content;for(let o of n.slice(0,-1))r=r?.[o];r&&typeof r=="object"&&(r[n[n.length-1]]=i)}s.localized=t.lang}}var ea=class{constructor(t){this.screen=t,this.round=null,this.pack=null,this.packBody=null}get texts(){return this.screen.texts}quizzes(){return this.screen.answers?this.screen.answers.content.quizzes:[]}async start(t){let e=this.screen.store.get().body;(!this.pack||this.packBody!==e)&&(this.pack=await this.screen.host.loadQuiz(e),ta(this.pack,this.screen.language,"quiz_patch"),this.packBody=e);let n=this.pack.content.quizzes.find(i=>i.id===t);return n?(this.screen.tour.end(!1),this.end(!1),this.round={quiz:n,i:0,answers:[],answered:!1,done:!1,url:null},this.screen.store.set({mode:"quiz"}),this.show(),!0):!1}question(){return this.round.quiz.questions[this.round.i]}spot(t){let{spot_offsets:e,spot_vertices:n}=this.pack.arrays;return Array.from(n.subarray(e[t],e[t+1]))}path(t){let{path_offsets:e,path_points:n}=this.pack.arrays;return n.subarray(3*e[t],3*e[t+1])}show(){let t=this.question();this.round.answered=!1,this.screen.setLines([]),this.screen.apply({pain:-1,painted:[],highlight:this.spot(t.field),resultSites:[],selected:-1,path:new Float32Array(0),context:{kind:"quiz",hidden:!0,candidates:null}}),this.screen.setView(t.view),this.publish()}total(){return this.round.answers.reduce((t,e)=>t+e.score,0)}click(t){let e=this.round;if(!e||e.done)return;if(e.answered){this.screen.apply({pain:e.answers[e.answers.length-1].clicked_vertex});return}let n=this.question(),i=this.screen.answers.pack.arrays.vertex_area.length,r=this.pack.arrays.distance[n.field*i+t],o=this.pack.arrays.nearest[n.field*i+t],a=n.sites[o],l=n.tolerance_cm,c=r<=l?1:Math.max(0,1-(r-l)/(2*l)),h=r<=l,u=this.screen.answers.content.sites[a].label,d=Wt(this.texts.quiz[h?"right":"wrong"],{label:u,distance:Vn(r,0)});e.answers.push({question:e.i,clicked_vertex:t,nearest_trigger_point:this.screen.answers.content.sites[a].key,distance_cm:r,score:ts(c,3),correct:h,feedback:d}),e.answered=!0,this.screen.apply({pain:t,resultSites:n.sites,selected:a,path:this.path(n.paths[o]),context:{kind:"quiz",hidden:!1,candidates:null}}),this.publish()}next(){let t=this.round;!t||!t.answered||(t.i===t.quiz.questions.length-1?(t.done=!0,this.publish()):(t.i++,this.show()))}csv(){let t=this.round,e=t.quiz,n=$o(this.texts.quiz.csv_header);for(let i of t.answers)n+=$o([e.id,i.question+1,e.questions[i.question].prompt,i.clicked_vertex,i.nearest_trigger_point,Vn(i.distance_cm,1),Vn(i.score,2),i.correct?"yes":"no"]);return n+$o([e.id,"total","","","","",Vn(this.total(),2),`of ${e.questions.length}`])}end(t){this.round&&(this.round.url&&URL.revokeObjectURL(this.round.url),this.round=null,this.screen.store.set({quiz:null}),t&&this.screen.apply(this.screen.answers.empty()))}exit(){this.end(!0),this.screen.setMode("pick")}publish(){let t=this.round;this.screen.store.set({quiz:{id:t.quiz.id,question:t.i+1,answers:t.answers.length,done:t.done,total:this.total(),answered:t.answered}})}card(){let t=this.texts,e=t.quiz,n=t.screen;if(!this.round){let l=O("select",{"aria-label":n.quiz_title,"data-testid":"quiz-select"},this.quizzes().map(c=>O("option",{value:c.id},Wt(n.quiz_option,{title:c.title,questions:c.questions}))));return O("section",{class:"bm-panel","data-testid":"quizzes"},O("h3",{},n.quiz_title),O("p",{class:"bm-note"},e.intro),l,O("div",{class:"bm-row"},O("button",{type:"button",onclick:()=>this.start(l.value)},n.quiz_start)))}let i=this.round,r=i.quiz,o=r.questions.length;if(i.done)return this.results();let a=i.answered?i.answers[i.answers.length-1]:null;return O("section",{class:"bm-panel","data-testid":"quiz"},O("h3",{},r.title),O("div",{class:"bm-progress","data-testid":"quiz-progress"},Wt(e.progress,{number:i.i+1,total:o,score:Vn(this.total(),2)})),O("p",{class:"bm-narration","data-testid":"quiz-prompt"},this.question().prompt),O("p",{class:"bm-note"},a?e.shown:e.ask),a?O("p",{class:`bm-feedback ${a.correct?"bm-right":"bm-wrong"}`,"data-testid":"quiz-feedback","aria-live":"polite"},`${a.feedback} ${Wt(e.score,{score:Vn(a.score,2)})}`):null,O("div",{class:"bm-row"},O("button",{type:"button","data-testid":"quiz-next",disabled:!a,onclick:()=>this.next()},i.i===o-1?n.quiz_results:n.quiz_next),O("button",{type:"button",onclick:()=>this.exit()},n.quiz_exit)))}results(){let t=this.texts,e=this.round,n=e.quiz;return e.url&&URL.revokeObjectURL(e.url),e.url=URL.createObjectURL(new Blob([this.csv()],{type:"text/csv"})),O("section",{class:"bm-panel","data-testid":"quiz"},O("h3",{},n.title),O("div",{class:"bm-progress","data-testid":"quiz-total"},Wt(t.quiz.total,{score:Vn(this.total(),2),total:n.questions.length})),O("ol",{},e.answers.map(i=>O("li",{},`${Vn(i.score,2)}: ${i.feedback}`))),O("div",{class:"bm-row"},O("a",{href:e.url,download:`bodymap-quiz-${n.id}.csv`,"data-testid":"quiz-csv"},t.screen.quiz_csv),O("button",{type:"button",onclick:()=>this.start(n.id)},t.screen.quiz_again),O("button",{type:"button",onclick:()=>this.exit()},t.screen.quiz_exit)))}};function Ug(s,t){let e=String(t||"").trim().toLowerCase();if(!e)return null;if(s[e])return s[e];let n=Object.keys(s).filter(i=>i.includes(e)).sort((i,r)=>i.length-r.length);return n.length?s[n[0]]:null}function jd(s,t,e,n){let i=Ug(t,e);if(!i)return null;let[r,o]=i,a=s.content;if(r==="muscle")return s.forMuscle(o);if(r==="region"){let c=a.regions.indexOf(o);return c<0?null:s.forArea(s.regionVertices([c]),o)}let l=a.conditions[o];return l?l.regions.length?s.forArea(s.regionVertices(l.regions),Wt(n.left_side_shown,{name:l.name}),l.summary):s.forSites(l.sites,{kind:"search",title:l.name,note:l.summary}):null}var na=class{constructor({texts:t,choose:e}){this.texts=t,this.choose=e,this.options=[],this.index={},this.matches=[],this.active=-1,this.input=O("input",{type:"search",id:"bm-search",class:"bm-search-input",role:"combobox",autocomplete:"off","aria-autocomplete":"list","aria-expanded":"false","aria-controls":"bm-suggest","aria-label":t.search_label,placeholder:t.search_placeholder}),this.list=O("ul",{id:"bm-suggest",class:"bm-suggest",role:"listbox",hidden:!0}),this.el=O("div",{class:"bm-search","data-testid":"search"},O("label",{class:"bm-label"},t.search_label,this.input),this.list),this.input.addEventListener("input",()=>this.update()),this.input.addEventListener("blur",()=>setTimeout(()=>this.close(),150)),this.input.addEventListener("keydown",n=>this.key(n))}setIndex(t){this.options=t.options,this.index=t.index}close(){Ke(this.list,!1),this.input.setAttribute("aria-expanded","false"),this.input.removeAttribute("aria-activedescendant"),this.active=-1}update(){let t=this.input.value.trim().toLowerCase();this.matches=t.length<2?[]:this.options.filter(n=>n.toLowerCase().includes(t)).sort((n,i)=>i.toLowerCase().startsWith(t)-n.toLowerCase().startsWith(t)||0).slice(0,12),this.active=-1;let e=this.texts.search_kinds;this.list.replaceChildren(...this.matches.map((n,i)=>{let r=this.index[n.toLowerCase()];return O("li",{id:`bm-opt-${i}`,role:"option","aria-selected":"false",onmousedown:o=>{o.preventDefault(),this.pick(n)}},n,O("span",{class:"bm-kind"},r?e[r[0]]:""))})),Ke(this.list,this.matches.length>0),this.input.setAttribute("aria-expanded",String(this.matches.length>0))}mark(){[...this.list.children].forEach((t,e)=>t.setAttribute("aria-selected",String(e===this.active))),this.active>=0&&(this.input.setAttribute("aria-activedescendant",`bm-opt-${this.active}`),this.list.children[this.active].scrollIntoView({block:"nearest"}))}key(t){let e=this.matches.length;t.key==="ArrowDown"&&e?(this.active=(this.active+1)%e,this.mark(),t.preventDefault()):t.key==="ArrowUp"&&e?(this.active=(this.active-1+e)%e,this.mark(),t.preventDefault()):t.key==="Escape"?this.close():t.key==="Enter"&&(t.preventDefault(),this.pick(this.active>=0?this.matches[this.active]:this.input.value))}pick(t){this.input.value=t,this.close(),this.choose(t)}};var xs=["muscles","roots","bones"];function Qd(s){return xs.filter(t=>t==="muscles"?s.muscle_layer?.length>0:t==="roots"?s.nerve_roots?.roots?.length>0:t==="bones"?s.landmarks?.length>0:!1)}function yh(s,t){if(!t)return[];let e=t.content,n=e.muscle_layer||[],i=t.arrays.site_muscle,r=new Set,o=s.selected>=0?e.sites[s.selected]:null;return o&&(s.context?.kind==="muscle"||s.mode==="forward")?n.forEach((a,l)=>{a.muscle===o.muscle_id&&r.add(l)}):o&&i&&i[s.selected]>=0&&r.add(i[s.selected]),s.layers.includes("muscles")&&n.forEach((a,l)=>{a.layer==="superficial"&&r.add(l)}),[...r].sort((a,l)=>a-l)}var ia=["aching","burning","tingling","numb","stabbing","throbbing","other"],tf=5e6,Fg=20,Og=/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(:(\d\d)(\.\d{1,6})?)?(Z|[+-](\d\d):\d\d)?$/,vh=["format","version","body","atlas_version","created","areas"],bh=["vertices","intensity","quality","depth","note"],ef=new WeakMap;function Bg({arrays:s}){let t=s.positions,e=s.indices,n=t.length/3,i=l=>l>0?1:l<0?0:.5,r=new Float64Array(n),o=new Float64Array(n),a=Yo(s);for(let l=0;l<e.length;l+=3){let[c,h,u]=[e[l],e[l+1],e[l+2]].map(x=>3*x),d=(x,b)=>t[x+b]-t[c+b],f=(x,b)=>d(h,x)*d(u,b)-d(h,b)*d(u,x),p=f(1,2),y=f(2,0),g=f(0,1),m=Math.sqrt(p*p+y*y+g*g)/2/3;for(let x of[c,h,u])r[x/3]+=m,o[x/3]+=g}return{n,area:r,cover:a,total:r.reduce((l,c)=>l+c),left:Array.from({length:n},(l,c)=>i(t[3*c])),front:Array.from(o,i)}}function sa(s){var e;let t=ef.get(s);return t||ef.set(s,t=Bg(s)),(e=s.arrays).vertex_area??(e.vertex_area=Float32Array.from(t.area)),t}var si=s=>ts(s,2)+0,ys=(s,t,e)=>t.reduce((n,i)=>n+s.area[i]*(e?e[i]:1),0);function ra(s,t){let e=ys(s,t),n=ys(s,t,s.left),i=ys(s,t,s.front);return{area:si(e),percent:ts(100*e/s.total,3)+0,left:si(n),right:si(e-n),front:si(i),back:si(e-i)}}var Rr=s=>[...new Set(s.flatMap(t=>t.vertices))].sort((t,e)=>t-e);function nf(s,t,e){let n=new Set(e),i=ys(s,t),r=ys(s,e),o=ys(s,t.filter(a=>n.has(a)));return{jaccard:i+r?ts(o/(i+r-o),4):"-",a:si(i),b:si(r),change:si(r-i),percent:i?ts(100*(r-i)/i,1)+0:"-",new:si(r-o),resolved:si(i-o)}}function oa(s){let t=s.areas.map(e=>`    ${JSON.stringify(Object.fromEntries(bh.map(n=>[n,e[n]])))}`).join(`,
`);return`{
${vh.slice(0,5).map(e=>`  "${e}": ${JSON.stringify(s[e])},
`).join("")}  "areas": [`+(t?`
${t}
  ]`:"]")+`
}
`}function aa(s,t,e,n,i){let r=(v,S)=>{throw Error(Wt(i[v],{name:t,...S}))},o=v=>r("field",{field:v,reason:i.invalid});s.byteLength>tf&&r("too_big",{size:(s.byteLength/1e6).toFixed(1),limit:tf/1e6});let a,l,c=0,h=0;try{a=new TextDecoder("utf-8",{fatal:!0}).decode(s)}catch{r("not_text")}for(let[v]of a.matchAll(/"(?:[^"\\]|\\.)*"|[[\]{}]/g))h=Math.max(h,c+={"[":1,"{":1,"]":-1,"}":-1}[v]||0);h>Fg&&r("too_deep");try{l=JSON.parse(a)}catch(v){let S=+(/position (\d+)/.exec(v.message)||[0,a.length])[1],E=a.slice(0,S);r("broken_json",{line:E.split(`
`).length,column:S-E.lastIndexOf(`
`),reason:v.message.replace(/ in JSON at.*/,"").toLowerCase()})}let u=v=>v&&typeof v=="object"&&!Array.isArray(v),d=v=>Array.isArray(v)?v:[];u(l)||r("not_object",{kind:l===null?"null":Array.isArray(l)?"array":typeof l});let f=v=>JSON.stringify(v)??"(none)";l.format!=="bodymap-drawing"&&r("format",{value:f(l.format)}),l.version!==1&&r("version",{value:f(l.version),version:1});let p=[...Object.keys(l).filter(v=>!vh.includes(v)),...d(l.areas).flatMap((v,S)=>(u(v)?Object.keys(v):[]).filter(E=>!bh.includes(E)).map(E=>`areas[${S}].${E}`))].sort();p.length&&r("unknown_fields",{s:p[1]?"s":"",fields:p.join(", ")});let y=v=>typeof v=="string"&&v.length<=40,g=Number.isInteger,m=v=>new Set(v).size===v.length,x=Og.exec(l.created)||[],b={body:n.includes(l.body),atlas_version:y(l.atlas_version),created:y(l.created)&&x[0]&&new Date(Date.UTC(x[1],x[2]-1,x[3])).getUTCDate()==x[3]&&x[2]>0&&x[2]<13&&x[4]<24&&x[5]<60&&!(x[7]>59)&&!(x[10]>23),areas:Array.isArray(l.areas)};for(let v of vh.slice(2))b[v]||o(v);return l.areas.forEach((v,S)=>{u(v)||o(`areas[${S}]`),v.note??(v.note="");let{vertices:E,intensity:_,quality:M,depth:I,note:A}=v,P={vertices:Array.isArray(E)&&E[0]!=null&&E.every(g)&&m(E),intensity:g(_)&&_>=0&&_<=10,quality:Array.isArray(M)&&M.every(L=>ia.includes(L))&&m(M),depth:I==="skin"||I==="deep",note:typeof A=="string"&&A.length<=2e3};for(let L of bh)P[L]||o(`areas[${S}].${L}`)}),l.areas.forEach((v,S)=>v.vertices.forEach(E=>E>=0&&E<e||r("vertex_range",{area:S+1,vertex:E,last:e-1}))),l}var sf=["pick","paint","forward"];function la(s){let t=new URLSearchParams(s.search);for(let[e,n]of new URLSearchParams(String(s.hash||"").replace(/^#/,"")))t.set(e,n);return t}function Sh(s,{content:t,config:e,n}){let i={},r=[],o=(l,c,h=u=>u)=>{let u=s.get(l);if(u==null||u==="")return;let d=h(u);c(d)?i[l]=d:r.push([l,u.slice(0,80)])},a=l=>/^\d{1,6}$/.test(l)?Number(l):NaN;return o("body",l=>e.variants.includes(l)),o("view",l=>l in e.views),o("pain",l=>l>=0&&l<n,a),o("tp",l=>t.sites.some(c=>c.key===l)),o("line",l=>l.length>0&&l.every(c=>c in t.lines),l=>l.split(",").filter(Boolean).slice(0,24)),o("layers",l=>l.length>0&&l.every(c=>xs.includes(c)),l=>[...new Set(l.split(",").filter(Boolean))].slice(0,xs.length)),o("mode",l=>sf.includes(l)),o("tour",l=>t.tours.some(c=>c.id===l)),o("step",l=>l>=1,a),{state:i,rejected:r}}function Mh(s,t,e){let n=new URLSearchParams;return s.lang&&s.lang!=="en"&&n.set("lang",s.lang),s.body!==e&&n.set("body",s.body),s.mode==="tour"&&s.tour?(n.set("tour",s.tour.id),n.set("step",String(s.tour.step)),n):(n.set("view",s.view),s.mode!=="pick"&&sf.includes(s.mode)&&n.set("mode",s.mode),s.pain>=0&&n.set("pain",String(s.pain)),s.selected>=0&&t.sites[s.selected]&&n.set("tp",t.sites[s.selected].key),s.lines.length&&n.set("line",s.lines.join(",")),s.layers.length&&n.set("layers",s.layers.join(",")),n)}function wh(s,t){let e=s.toString();t==="hash"?location.hash.replace(/^#/,"")!==e&&history.replaceState(null,"",`#${e}`):location.search.replace(/^\?/,"")!==e&&history.replaceState(null,"",`${location.pathname}?${e}${location.hash}`)}var Cr="bodymap.drawing";function rf(){try{return window.sessionStorage}catch{return null}}function kg(s){let t=rf(),e=t&&t.getItem(Cr);if(!e)return null;try{let n=JSON.parse(e),i=new TextEncoder().encode(String(n.file)),r=aa(i,Cr,s.answers.ranker.n,s.config.variants,s.texts.record.errors);return r.areas.length?{areas:r.areas,current:Math.min(Math.max(0,n.current|0),r.areas.length-1)}:null}catch(n){return console.warn("bodymap: the drawing kept for this tab could not be read; it is dropped",n.message),t.removeItem(Cr),null}}function zg(s,t){let e=rf(),n=s.answers?.content;if(!e||!n)return;let i=t.areas.filter(r=>r.vertices.length);try{if(!i.length){e.removeItem(Cr);return}let r=oa({format:"bodymap-drawing",version:1,body:n.body,atlas_version:n.atlas_version,created:new Date().toISOString().slice(0,19)+"Z",areas:i});e.setItem(Cr,JSON.stringify({current:t.current,file:r}))}catch(r){console.warn("bodymap: the drawing could not be kept for this tab",r.message)}}function of(s,t){let e=kg(s);if(e&&!t.get("tour")){s.record.set({areas:e.areas,current:e.current});let{state:n}=Sh(t,{content:s.answers.content,config:s.config,n:s.answers.ranker.n});n.pain!=null&&s.apply(s.answers.forVertex(n.pain)),n.tp&&s.choose(s.answers.content.sites.findIndex(i=>i.key===n.tp))}return s.store.on(["record"],n=>zg(s,n.record))}function af(s){let t={...s},e=[],n=0,i=new Set;function r(){for(;i.size;){let o=i;i=new Set;for(let[a,l]of[...e])if(!(a&&![...o].some(c=>a.has(c))))try{l(t,o)}catch(c){console.error("bodymap: a state subscriber failed",c)}}}return{get:()=>t,set(o){for(let[a,l]of Object.entries(o)){if(!(a in t))throw new Error(`bodymap: unknown state key ${a}`);Xo(t[a],l)||(t[a]=l,i.add(a))}if(n===0){n++;try{r()}finally{n--}}},on(o,a){let l=[o?new Set(o):null,a];return e.push(l),()=>{let c=e.indexOf(l);c>=0&&e.splice(c,1)}}}}var ca=class{constructor(t){this.screen=t;let e=t.texts.screen,n=t.config;this.modes=Object.keys(n.modes).map(r=>O("button",{type:"button","data-mode":r,onclick:()=>t.setMode(r)},e.modes[r].label)),this.views=Object.keys(n.views).map(r=>O("button",{type:"button","data-view":r,onclick:()=>t.pressView(r)},e.views[r])),this.reset=O("button",{type:"button",onclick:()=>t.resetView()},e.reset),this.closer=O("button",{type:"button",onclick:()=>t.store.set({closeup:!t.store.get().closeup})},e.closer_view),this.body=O("select",{"aria-label":e.body,onchange:r=>t.setBody(r.target.value)},n.variants.map(r=>O("option",{value:r},e.variants?.[r]||r)));let i=Object.entries(n.languages||{});this.language=i.length>1?O("select",{"aria-label":e.language,"data-testid":"language",onchange:r=>t.setLanguage(r.target.value)},i.map(([r,o])=>O("option",{value:r,lang:r},o))):null,this.clinic=O("button",{type:"button",onclick:()=>t.setClinic(!t.store.get().clinic)}),this.layers=xs.map(r=>O("button",{type:"button","data-layer":r,hidden:!0,title:e.layers[r].hint,onclick:()=>t.setLayer(r,!t.store.get().layers.includes(r))},e.layers[r].label)),this.handout=t.host.handout?O("button",{type:"button",class:"bm-handout",onclick:()=>t.handout()},e.handout):null,this.menu=O("button",{type:"button",class:"bm-menu","aria-expanded":"false",onclick:()=>this.openMenu(this.menu.getAttribute("aria-expanded")!=="true")},e.menu),this.tools=O("div",{class:"bm-tools",onclick:r=>{r.target.closest("button")&&this.openMenu(!1)}},O("div",{class:"bm-group",role:"group","aria-label":e.mode_group},this.modes),O("div",{class:"bm-group",role:"group","aria-label":e.view_group},this.views,this.reset,this.closer),O("div",{class:"bm-group",role:"group","aria-label":e.layer_group},this.layers),O("label",{class:"bm-body"},`${e.body} `,this.body),this.language?O("label",{class:"bm-body"},`${e.language} `,this.language):null,this.clinic,this.handout),this.el=O("div",{class:"bm-toolbar",role:"toolbar","aria-label":e.title},this.menu,this.tools)}openMenu(t){this.menu.setAttribute("aria-expanded",String(t)),this.el.classList.toggle("bm-open",t)}render(t){let e=this.screen.texts.screen;for(let r of this.modes)r.setAttribute("aria-pressed",String(r.dataset.mode===t.mode));for(let r of this.views)r.setAttribute("aria-pressed",String(r.dataset.view===t.view));this.closer.setAttribute("aria-pressed",String(!!t.closeup)),this.clinic.textContent=t.clinic?e.clinic_off:e.clinic_on,this.clinic.setAttribute("aria-pressed",String(!!t.clinic)),this.body.value!==t.body&&(this.body.value=t.body),this.language&&this.language.value!==t.lang&&t.lang in this.screen.config.languages&&(this.language.value=t.lang);let n=this.screen.answers?Qd(this.screen.answers.content):[];for(let r of this.layers)r.hidden=!n.includes(r.dataset.layer),r.setAttribute("aria-pressed",String(t.layers.includes(r.dataset.layer)));if(!this.handout)return;let i=t.pain>=0||t.painted.length>0||t.highlight.length>0;this.handout.disabled=!!t.handoutBusy||!i||t.mode==="tour"||t.mode==="quiz",this.handout.textContent=t.handoutBusy?e.handout_busy:e.handout}};var ha=class{constructor(t){this.screen=t,this.tour=null,this.step=0}get texts(){return this.screen.texts}tours(){return this.screen.answers?this.screen.answers.content.tours:[]}start(t,e=0){let n=this.tours().find(i=>i.id===t);return n?(this.screen.quiz.end(!1),this.tour=n,this.screen.store.set({mode:"tour"}),this.go(e),!0):!1}go(t){if(!this.tour)return;this.step=Math.max(0,Math.min(this.tour.steps.length-1,Number(t)|0));let e=this.tour.steps[this.step],n=this.screen.answers,{tour_path_offsets:i,tour_path_points:r}=n.pack.arrays;this.screen.setLines(e.lines),this.screen.apply({pain:e.pain,painted:[],highlight:n.regionVertices(e.regions),resultSites:e.result_sites,selected:e.selected,path:r.subarray(3*i[e.path],3*i[e.path+1]),context:{kind:"tour",region:e.pain>=0?n.regionName([e.pain]):null,candidates:null}}),this.screen.setView(e.view),this.screen.store.set({tour:{id:this.tour.id,step:this.step+1,of:this.tour.steps.length}})}end(t){this.tour&&(this.tour=null,this.screen.store.set({tour:null}),t&&this.screen.apply(this.screen.answers.empty()))}card(){let t=this.texts.screen;if(!this.tour){let o=O("select",{"aria-label":t.tours_title,"data-testid":"tour-select"},this.tours().map(c=>O("option",{value:c.id},Wt(t.tour_option,{title:c.title,steps:c.steps.length})))),a=O("p",{class:"bm-note"}),l=()=>{a.textContent=this.tours().find(c=>c.id===o.value)?.summary||""};return o.addEventListener("change",l),l(),O("section",{class:"bm-panel","data-testid":"tours"},O("h3",{},t.tours_title),o,a,O("div",{class:"bm-row"},O("button",{type:"button",onclick:()=>this.start(o.value,0)},t.tour_start)))}let e=this.tour,n=this.step,i=e.steps[n],r=n===e.steps.length-1;return O("section",{class:"bm-panel","data-testid":"tour"},O("h3",{},e.title),O("div",{class:"bm-progress","data-testid":"tour-progress","aria-live":"polite"},Wt(t.tour_progress,{number:n+1,total:e.steps.length})),O("h4",{},i.title),O("p",{class:"bm-narration","data-testid":"tour-narration"},i.narration),O("div",{class:"bm-row"},O("button",{type:"button",disabled:n===0,onclick:()=>this.go(n-1)},t.tour_previous),r?O("button",{type:"button",onclick:()=>this.exit()},t.tour_finish):O("button",{type:"button","data-testid":"tour-next",onclick:()=>this.go(n+1)},t.tour_next),O("button",{type:"button",onclick:()=>this.exit()},t.tour_exit)))}exit(){this.end(!0),this.screen.setMode("pick")}};function lf(s){let t=s.viewer.hook,e=Object.create(null);for(let r of Object.keys(Object.getOwnPropertyDescriptors(t)))Object.defineProperty(e,r,Object.getOwnPropertyDescriptor(t,r));t._debug&&Object.defineProperty(e,"_debug",{value:t._debug,enumerable:!1});let n=()=>s.answers?.content;function i(){let r=s.store.get(),o=n(),a=o?o.sites:[],l={};for(let h of r.context?.candidates||[])l[h.site]=h.zone;let c=s.answers?.pack.arrays.region_of_vertex;return{pain:r.pain>=0?r.pain:null,region:r.pain>=0&&c?o.regions[c[r.pain]]??null:null,candidates:r.resultSites.map(h=>{let u=a[h]||{};return{muscle_id:u.muscle_id??null,muscle_name:u.muscle_name??null,trigger_point_id:u.trigger_point_id??null,side:u.side??null,site:h,zone:l[h]??null}}),selected:r.selected>=0?a[r.selected]?.trigger_point_id??null:null,selected_site:r.selected,view:t.view,body:r.body,mode:r.mode,lang:s.language.lang,painted:r.painted.length,path:t.path(),hovered_line:r.hoveredLine||null,lines:[...r.lines],closeup:r.closeup,clinic:r.clinic,context:r.context?.kind??null,tour:r.tour,quiz:r.quiz,pick:r.pick,answered:r.answered,layers:[...r.layers],muscles_shown:[...new Set(r.musclesShown.map(h=>o?.muscle_layer[h]?.muscle).filter(Boolean))],muscle_sites_shown:r.musclesShown.map(h=>o?.muscle_layer[h]?.key).filter(Boolean),nerve_roots:(r.context?.nerve_roots||[]).map(h=>h.root),record:s.record.measure()}}return Object.assign(e,{state:i,panelText:()=>(s.flushPanel(),Jd(s.panel.el)),click(r){return s.clickBody(Number(r)),s.viewer.stage?.renderNow(),i()},paint(r){return s.paint(Array.from(r,Number)),i()},clickMarker(r){return s.modeActions().clickMarker(s,Number(r)),i()},search:r=>s.runSearch(String(r)),setMode:r=>s.setMode(String(r)),startTour:(r,o=0)=>s.tour.start(String(r),Number(o)),startQuiz:r=>s.quiz.start(String(r)),quizNext:()=>s.quiz.next(),rank:r=>{let o=[...new Set(Array.from(r,Number))];return s.answers.candidates(o,s.answers.regionName(o))},quizCsv:()=>s.quiz.round?s.quiz.csv():null,setBody:r=>s.setBody(String(r)),setLayer:(r,o=!0)=>s.setLayer(String(r),!!o)}),e}var cf=Object.freeze({areas:[],current:0,erase:!1,compare:null,message:""}),ua=class{constructor(t){let e=this.t=t.texts.record,n=(r,o)=>O("button",{type:"button",onclick:o},r);this.screen=t,this.undos=[];let i=(r,o)=>{let a=O("input",{type:"file",accept:".json",hidden:!0,"data-record":r,onchange:async()=>{let l=a.files[0];a.value="";try{o({...aa(await l.arrayBuffer(),l.name,t.answers.ranker.n,t.config.variants,e.errors),name:l.name})}catch(c){this.set({message:c.message})}}});return[n(r,()=>a.click()),a]};this.erase=n(e.erase,()=>this.set({erase:!this.rec().erase})),this.undo=n(e.undo,()=>this.undos.length&&this.set(this.undos.pop())),this.end=n(e.end_compare,()=>this.set({compare:null})),this.areas=O("ol",{class:"bm-record-areas"}),this.text=O("p",{class:"bm-note bm-record-text","data-testid":"record-measures"}),this.message=O("p",{class:"bm-record-message",role:"alert"}),this.el=O("section",{class:"bm-card bm-record","data-testid":"record",hidden:!0},O("h3",{},e.title),O("p",{class:"bm-muted"},e.hint),this.text,this.message,this.areas,O("div",{class:"bm-group"},n(e.new_area,()=>this.newArea()),this.erase,this.undo,n(e.save,()=>this.save()),i(e.open,r=>this.opened(r)),i(e.compare,r=>this.set({compare:{name:r.name,vertices:Rr(r.areas)}})),this.end)),t.store.on(["record","mode","body"],r=>this.render(r))}rec(){return this.screen.store.get().record}set(t,e){let n=this.screen,i=this.rec(),r={...i,message:"",...t},o=Rr(r.areas);e&&(this.undos=[...this.undos.slice(-49),i]),n.store.set({record:r}),n.answers&&(o.join()!==n.store.get().painted.join()||"compare"in t)&&(n.apply(n.answers.forPainted(o)),r.compare&&n.store.set({highlight:r.compare.vertices,selected:-1,path:new Float32Array(0)}))}setAreas(t,e=this.rec().current,n){this.set({areas:t,current:Math.max(0,Math.min(e,t.length-1)),...n},!0)}paint(t){let e=this.rec(),n=new Set(t),i=e.areas.length?e.current:0,r=e.erase?e.areas.map(o=>({...o,vertices:o.vertices.filter(a=>!n.has(a))})).filter(o=>o.vertices[0]!=null):e.areas.length?[...e.areas]:[this.blank()];e.erase||(r[i]={...r[i],vertices:Rr([r[i],{vertices:t}])}),this.setAreas(r,i)}blank(){return{vertices:[],intensity:5,quality:[],depth:"skin",note:""}}newArea(){let t=this.rec().areas,e=t.length;e&&!t[e-1].vertices.length?this.set({current:e-1}):this.setAreas([...t,this.blank()],e,{erase:!1})}edit(t,e){this.setAreas(this.rec().areas.map((n,i)=>i===t?{...n,...e}:n),t)}clear(){this.setAreas([],0,{compare:null})}save(){let t=this.screen.answers.content,e={format:"bodymap-drawing",version:1,body:t.body,atlas_version:t.atlas_version,created:new Date().toISOString().slice(0,19)+"Z",areas:this.rec().areas.filter(i=>i.vertices.length)},n=URL.createObjectURL(new Blob([oa(e)],{type:"application/json"}));O("a",{href:n,download:`pain-drawing-${e.created.slice(0,10)}.json`}).click(),setTimeout(()=>URL.revokeObjectURL(n),1e4)}async opened(t){await this.screen.setBody(t.body),this.setAreas(t.areas,0,{erase:!1,compare:null,message:Wt(this.t.opened,{...t,areas:t.areas.length})})}measure(){let t=this.screen.answers,e=this.rec(),n=Rr(e.areas);if(!t)return null;let i=t.pack.arrays,r=t.content,o=h=>i.region_of_vertex[h],a={},l=sa(t.pack);for(let h of n)a[r.regions[o(h)]]=(a[r.regions[o(h)]]||0)+l.area[h];let c=n.filter(h=>!l.cover[h]);return{...ra(l,n),choir:[...new Set(n.map(h=>r.region_choir[o(h)]))].filter(h=>h).sort(),regions:Object.keys(a).sort((h,u)=>a[u]-a[h]),areas:e.areas.map(h=>({...h,vertices:h.vertices.length,area:ra(l,h.vertices).area})),unexplained:{area:ra(l,c).area,roots:[...new Set(t.ranker.nerveRoots(c).map(h=>h.root))]},compare:e.compare&&{name:e.compare.name,...nf(l,e.compare.vertices,n)},current:e.current,erase:e.erase,message:e.message}}render(t){let e=t.record,n=this.t,i=this.measure(),r=a=>a.join(", ")||n.none;if(Ke(this.el,i&&(t.mode==="paint"||e.areas[0]||e.compare)),this.el.hidden)return;this.erase.setAttribute("aria-pressed",e.erase),this.undo.disabled=!this.undos[0],Ke(this.end,e.compare),Ke(this.message,e.message).textContent=e.message,this.areas.replaceChildren(...e.areas.map((a,l)=>this.row(a,l,i.areas[l].area,l===e.current)));let o=i.unexplained;this.text.textContent=[Wt(n.measures,{...i,codes:r(i.choir),names:r(i.regions.slice(0,6))}),o.area?Wt(n.unexplained,{...o,roots:r(o.roots)}):"",i.compare?Wt(n.compared,i.compare):""].join(`
`).trim()}row(t,e,n,i){let r=this.t,o=(l,c)=>this.edit(e,{[l]:c}),a=(l,c,h,u=d=>d.target.value)=>O("input",{type:l,value:t[c],...h,onchange:d=>o(c,u(d))});return O("li",{"data-area":e+1,class:i?"bm-current":""},O("label",{},O("input",{type:"radio",checked:i,onchange:()=>this.set({current:e,erase:!1})}),O("b",{},Wt(r.area,{n:e+1})),` ${n} cm2 `),O("label",{},r.intensity,a("number","intensity",{min:0,max:10},l=>{let c=Math.min(10,Math.max(0,Math.round(+l.target.value||0)));return l.target.value=c,c})),O("select",{onchange:l=>o("depth",l.target.value)},["skin","deep"].map(l=>O("option",{value:l,selected:l===t.depth},r.depth[l]))),O("div",{},ia.map(l=>O("label",{},a("checkbox","quality",{checked:t.quality.includes(l),value:l},c=>ia.filter(h=>h===l?c.target.checked:t.quality.includes(h))),r.quality?.[l]||l," "))),a("text","note",{maxLength:2e3,placeholder:r.note}),O("button",{type:"button",onclick:()=>this.setAreas(this.rec().areas.filter((l,c)=>c!==e),e-1)},r.delete))}};var vn={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Bn={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},Qf=0,hu=1,tp=2;var go=1,ep=2,sr=3,Kn=0,Xe=1,sn=2,cs=0,rr=1,uu=2,du=3,fu=4,np=5;var hs=100,ip=101,sp=102,rp=103,op=104,ap=200,lp=201,cp=202,hp=203,pu=204,mu=205,up=206,dp=207,fp=208,pp=209,mp=210,gp=211,_p=212,xp=213,yp=214,Xa=0,qa=1,Ya=2,Hs=3,Za=4,$a=5,Ja=6,Ka=7,gu=0,vp=1,bp=2,ci=0,_u=1,xu=2,yu=3,vu=4,bu=5,Su=6,_o=7;var Mu=300,us=301,or=302,Il=303,Ll=304,ja=1e3,ai=1001,Qa=1002,ke=1003,Sp=1004;var xo=1005;var un=1006,Dl=1007;var Ti=1008;var bn=1009,wu=1010,Eu=1011,ar=1012,Nl=1013,kn=1014,yn=1015,jn=1016,Ul=1017,Fl=1018,ds=1020,Tu=35902,Au=35899,Ru=1021,Cu=1022,En=1023,bi=1026,Ai=1027,Ol=1028,yo=1029,Wi=1030,Bl=1031;var kl=1033,vo=33776,bo=33777,So=33778,Mo=33779,zl=35840,Hl=35841,Vl=35842,Gl=35843,Wl=36196,Xl=37492,ql=37496,Yl=37488,Zl=37489,wo=37490,$l=37491,Jl=37808,Kl=37809,jl=37810,Ql=37811,tc=37812,ec=37813,nc=37814,ic=37815,sc=37816,rc=37817,oc=37818,ac=37819,lc=37820,cc=37821,hc=36492,uc=36494,dc=36495,fc=36283,pc=36284,Eo=36285,mc=36286;var Xr=2300,tl=2301,Ga=2302,tu=2303,eu=2400,nu=2401,iu=2402;var Mp=3200;var gc=0,wp=1,Ri="",Be="srgb",qr="srgb-linear",Yr="linear",re="srgb";var Wa=7680;var Ep=519,Tp=512,Ap=513,Rp=514,Pu=515,Cp=516,Pp=517,Iu=518,Lu=519,Du=35044;var Nu="300 es",Fn=2e3,Vs=2001;function Hg(s){for(let t=s.length-1;t>=0;--t)if(s[t]>=65535)return!0;return!1}function Vg(s){return ArrayBuffer.isView(s)&&!(s instanceof DataView)}function Zr(s){return document.createElementNS("http://www.w3.org/1999/xhtml",s)}function Ip(){let s=Zr("canvas");return s.style.display="block",s}var hf={},Gs=null;function $r(...s){let t="THREE."+s.shift();Gs?Gs("log",t,...s):console.log(t,...s)}function Lp(s){let t=s[0];if(typeof t=="string"&&t.startsWith("TSL:")){let e=s[1];e&&e.isStackTrace?s[0]+=" "+e.getLocation():s[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return s}function Rt(...s){s=Lp(s);let t="THREE."+s.shift();if(Gs)Gs("warn",t,...s);else{let e=s[0];e&&e.isStackTrace?console.warn(e.getError(t)):console.warn(t,...s)}}function Lt(...s){s=Lp(s);let t="THREE."+s.shift();if(Gs)Gs("error",t,...s);else{let e=s[0];e&&e.isStackTrace?console.error(e.getError(t)):console.error(t,...s)}}function zr(...s){let t=s.join(" ");t in hf||(hf[t]=!0,Rt(...s))}function Dp(s,t,e){return new Promise(function(n,i){function r(){switch(s.clientWaitSync(t,s.SYNC_FLUSH_COMMANDS_BIT,0)){case s.WAIT_FAILED:i();break;case s.TIMEOUT_EXPIRED:setTimeout(r,e);break;default:n()}}setTimeout(r,e)})}var Np={[Xa]:Xa,[Ya]:Ja,[Za]:Za,[Hs]:$a,[qa]:qa,[Ja]:Ya,[Ka]:Ka,[$a]:Hs},qn=class{addEventListener(t,e){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[t]===void 0&&(n[t]=[]),n[t].indexOf(e)===-1&&n[t].push(e)}hasEventListener(t,e){let n=this._listeners;return n===void 0?!1:n[t]!==void 0&&n[t].indexOf(e)!==-1}removeEventListener(t,e){let n=this._listeners;if(n===void 0)return;let i=n[t];if(i!==void 0){let r=i.indexOf(e);r!==-1&&i.splice(r,1)}}dispatchEvent(t){let e=this._listeners;if(e===void 0)return;let n=e[t.type];if(n!==void 0){t.target=this;let i=n.slice(0);for(let r=0,o=i.length;r<o;r++)i[r].call(this,t);t.target=null}}},je=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],uf=1234567,Hr=Math.PI/180,Ws=180/Math.PI;function Xi(){let s=Math.random()*4294967295|0,t=Math.random()*4294967295|0,e=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(je[s&255]+je[s>>8&255]+je[s>>16&255]+je[s>>24&255]+"-"+je[t&255]+je[t>>8&255]+"-"+je[t>>16&15|64]+je[t>>24&255]+"-"+je[e&63|128]+je[e>>8&255]+"-"+je[e>>16&255]+je[e>>24&255]+je[n&255]+je[n>>8&255]+je[n>>16&255]+je[n>>24&255]).toLowerCase()}function Ft(s,t,e){return Math.max(t,Math.min(e,s))}function Uu(s,t){return(s%t+t)%t}function Gg(s,t,e,n,i){return n+(s-t)*(i-n)/(e-t)}function Wg(s,t,e){return s!==t?(e-s)/(t-s):0}function Vr(s,t,e){return(1-e)*s+e*t}function Xg(s,t,e,n){return Vr(s,t,1-Math.exp(-e*n))}function qg(s,t=1){return t-Math.abs(Uu(s,t*2)-t)}function Yg(s,t,e){return s<=t?0:s>=e?1:(s=(s-t)/(e-t),s*s*(3-2*s))}function Zg(s,t,e){return s<=t?0:s>=e?1:(s=(s-t)/(e-t),s*s*s*(s*(s*6-15)+10))}function $g(s,t){return s+Math.floor(Math.random()*(t-s+1))}function Jg(s,t){return s+Math.random()*(t-s)}function Kg(s){return s*(.5-Math.random())}function jg(s){s!==void 0&&(uf=s);let t=uf+=1831565813;return t=Math.imul(t^t>>>15,t|1),t^=t+Math.imul(t^t>>>7,t|61),((t^t>>>14)>>>0)/4294967296}function Qg(s){return s*Hr}function t_(s){return s*Ws}function e_(s){return s>0&&Number.isInteger(s)&&2**Math.round(Math.log2(s))===s}function n_(s){return Math.pow(2,Math.ceil(Math.log(s)/Math.LN2))}function Fu(s){return Math.pow(2,Math.floor(Math.log(s)/Math.LN2))}function i_(s,t,e,n,i){let r=Math.cos,o=Math.sin,a=r(e/2),l=o(e/2),c=r((t+n)/2),h=o((t+n)/2),u=r((t-n)/2),d=o((t-n)/2),f=r((n-t)/2),p=o((n-t)/2);switch(i){case"XYX":s.set(a*h,l*u,l*d,a*c);break;case"YZY":s.set(l*d,a*h,l*u,a*c);break;case"ZXZ":s.set(l*u,l*d,a*h,a*c);break;case"XZX":s.set(a*h,l*p,l*f,a*c);break;case"YXY":s.set(l*f,a*h,l*p,a*c);break;case"ZYZ":s.set(l*p,l*f,a*h,a*c);break;default:Rt("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+i)}}function _c(s){switch(s.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Ou(s,t){if(t.constructor===Float32Array)return s;let e=_c(t);if(e===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(s/e,-1)}function Bu(s,t){if(t.constructor===Float32Array)return s;let e=_c(t);if(e===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(s*e)}var Qn={DEG2RAD:Hr,RAD2DEG:Ws,generateUUID:Xi,clamp:Ft,euclideanModulo:Uu,mapLinear:Gg,inverseLerp:Wg,lerp:Vr,damp:Xg,pingpong:qg,smoothstep:Yg,smootherstep:Zg,randInt:$g,randFloat:Jg,randFloatSpread:Kg,seededRandom:jg,degToRad:Qg,radToDeg:t_,isPowerOfTwo:e_,ceilPowerOfTwo:n_,floorPowerOfTwo:Fu,setQuaternionFromProperEuler:i_,normalize:Bu,denormalize:Ou},Wu=class Wu{constructor(t=0,e=0){this.x=t,this.y=e}get width(){return this.x}set width(t){this.x=t}get height(){return this.y}set height(t){this.y=t}set(t,e){return this.x=t,this.y=e,this}setScalar(t){return this.x=t,this.y=t,this}setX(t){return this.x=t,this}setY(t){return this.y=t,this}setComponent(t,e){switch(t){case 0:this.x=e;break;case 1:this.y=e;break;default:throw new Error("THREE.Vector2: index is out of range: "+t)}return this}getComponent(t){switch(t){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+t)}}clone(){return new this.constructor(this.x,this.y)}copy(t){return this.x=t.x,this.y=t.y,this}add(t){return this.x+=t.x,this.y+=t.y,this}addScalar(t){return this.x+=t,this.y+=t,this}addVectors(t,e){return this.x=t.x+e.x,this.y=t.y+e.y,this}addScaledVector(t,e){return this.x+=t.x*e,this.y+=t.y*e,this}sub(t){return this.x-=t.x,this.y-=t.y,this}subScalar(t){return this.x-=t,this.y-=t,this}subVectors(t,e){return this.x=t.x-e.x,this.y=t.y-e.y,this}multiply(t){return this.x*=t.x,this.y*=t.y,this}multiplyScalar(t){return this.x*=t,this.y*=t,this}divide(t){return this.x/=t.x,this.y/=t.y,this}divideScalar(t){return this.multiplyScalar(1/t)}applyMatrix3(t){let e=this.x,n=this.y,i=t.elements;return this.x=i[0]*e+i[3]*n+i[6],this.y=i[1]*e+i[4]*n+i[7],this}min(t){return this.x=Math.min(this.x,t.x),this.y=Math.min(this.y,t.y),this}max(t){return this.x=Math.max(this.x,t.x),this.y=Math.max(this.y,t.y),this}clamp(t,e){return this.x=Ft(this.x,t.x,e.x),this.y=Ft(this.y,t.y,e.y),this}clampScalar(t,e){return this.x=Ft(this.x,t,e),this.y=Ft(this.y,t,e),this}clampLength(t,e){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Ft(n,t,e))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(t){return this.x*t.x+this.y*t.y}cross(t){return this.x*t.y-this.y*t.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(t){let e=Math.sqrt(this.lengthSq()*t.lengthSq());if(e===0)return Math.PI/2;let n=this.dot(t)/e;return Math.acos(Ft(n,-1,1))}distanceTo(t){return Math.sqrt(this.distanceToSquared(t))}distanceToSquared(t){let e=this.x-t.x,n=this.y-t.y;return e*e+n*n}manhattanDistanceTo(t){return Math.abs(this.x-t.x)+Math.abs(this.y-t.y)}setLength(t){return this.normalize().multiplyScalar(t)}lerp(t,e){return this.x+=(t.x-this.x)*e,this.y+=(t.y-this.y)*e,this}lerpVectors(t,e,n){return this.x=t.x+(e.x-t.x)*n,this.y=t.y+(e.y-t.y)*n,this}equals(t){return t.x===this.x&&t.y===this.y}fromArray(t,e=0){return this.x=t[e],this.y=t[e+1],this}toArray(t=[],e=0){return t[e]=this.x,t[e+1]=this.y,t}fromBufferAttribute(t,e){return this.x=t.getX(e),this.y=t.getY(e),this}rotateAround(t,e){let n=Math.cos(e),i=Math.sin(e),r=this.x-t.x,o=this.y-t.y;return this.x=r*n-o*i+t.x,this.y=r*i+o*n+t.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};Wu.prototype.isVector2=!0;var st=Wu,Tn=class{constructor(t=0,e=0,n=0,i=1){this.isQuaternion=!0,this._x=t,this._y=e,this._z=n,this._w=i}static slerpFlat(t,e,n,i,r,o,a){let l=n[i+0],c=n[i+1],h=n[i+2],u=n[i+3],d=r[o+0],f=r[o+1],p=r[o+2],y=r[o+3];if(u!==y||l!==d||c!==f||h!==p){let g=l*d+c*f+h*p+u*y;g<0&&(d=-d,f=-f,p=-p,y=-y,g=-g);let m=1-a;if(g<.9995){let x=Math.acos(g),b=Math.sin(x);m=Math.sin(m*x)/b,a=Math.sin(a*x)/b,l=l*m+d*a,c=c*m+f*a,h=h*m+p*a,u=u*m+y*a}else{l=l*m+d*a,c=c*m+f*a,h=h*m+p*a,u=u*m+y*a;let x=1/Math.sqrt(l*l+c*c+h*h+u*u);l*=x,c*=x,h*=x,u*=x}}t[e]=l,t[e+1]=c,t[e+2]=h,t[e+3]=u}static multiplyQuaternionsFlat(t,e,n,i,r,o){let a=n[i],l=n[i+1],c=n[i+2],h=n[i+3],u=r[o],d=r[o+1],f=r[o+2],p=r[o+3];return t[e]=a*p+h*u+l*f-c*d,t[e+1]=l*p+h*d+c*u-a*f,t[e+2]=c*p+h*f+a*d-l*u,t[e+3]=h*p-a*u-l*d-c*f,t}get x(){return this._x}set x(t){this._x=t,this._onChangeCallback()}get y(){return this._y}set y(t){this._y=t,this._onChangeCallback()}get z(){return this._z}set z(t){this._z=t,this._onChangeCallback()}get w(){return this._w}set w(t){this._w=t,this._onChangeCallback()}set(t,e,n,i){return this._x=t,this._y=e,this._z=n,this._w=i,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(t){return this._x=t.x,this._y=t.y,this._z=t.z,this._w=t.w,this._onChangeCallback(),this}setFromEuler(t,e=!0){let n=t._x,i=t._y,r=t._z,o=t._order,a=Math.cos,l=Math.sin,c=a(n/2),h=a(i/2),u=a(r/2),d=l(n/2),f=l(i/2),p=l(r/2);switch(o){case"XYZ":this._x=d*h*u+c*f*p,this._y=c*f*u-d*h*p,this._z=c*h*p+d*f*u,this._w=c*h*u-d*f*p;break;case"YXZ":this._x=d*h*u+c*f*p,this._y=c*f*u-d*h*p,this._z=c*h*p-d*f*u,this._w=c*h*u+d*f*p;break;case"ZXY":this._x=d*h*u-c*f*p,this._y=c*f*u+d*h*p,this._z=c*h*p+d*f*u,this._w=c*h*u-d*f*p;break;case"ZYX":this._x=d*h*u-c*f*p,this._y=c*f*u+d*h*p,this._z=c*h*p-d*f*u,this._w=c*h*u+d*f*p;break;case"YZX":this._x=d*h*u+c*f*p,this._y=c*f*u+d*h*p,this._z=c*h*p-d*f*u,this._w=c*h*u-d*f*p;break;case"XZY":this._x=d*h*u-c*f*p,this._y=c*f*u-d*h*p,this._z=c*h*p+d*f*u,this._w=c*h*u+d*f*p;break;default:Rt("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return e===!0&&this._onChangeCallback(),this}setFromAxisAngle(t,e){let n=e/2,i=Math.sin(n);return this._x=t.x*i,this._y=t.y*i,this._z=t.z*i,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(t){let e=t.elements,n=e[0],i=e[4],r=e[8],o=e[1],a=e[5],l=e[9],c=e[2],h=e[6],u=e[10],d=n+a+u;if(d>0){let f=.5/Math.sqrt(d+1);this._w=.25/f,this._x=(h-l)*f,this._y=(r-c)*f,this._z=(o-i)*f}else if(n>a&&n>u){let f=2*Math.sqrt(1+n-a-u);this._w=(h-l)/f,this._x=.25*f,this._y=(i+o)/f,this._z=(r+c)/f}else if(a>u){let f=2*Math.sqrt(1+a-n-u);this._w=(r-c)/f,this._x=(i+o)/f,this._y=.25*f,this._z=(l+h)/f}else{let f=2*Math.sqrt(1+u-n-a);this._w=(o-i)/f,this._x=(r+c)/f,this._y=(l+h)/f,this._z=.25*f}return this._onChangeCallback(),this}setFromUnitVectors(t,e){let n=t.dot(e)+1;return n<1e-8?(n=0,Math.abs(t.x)>Math.abs(t.z)?(this._x=-t.y,this._y=t.x,this._z=0,this._w=n):(this._x=0,this._y=-t.z,this._z=t.y,this._w=n)):(this._x=t.y*e.z-t.z*e.y,this._y=t.z*e.x-t.x*e.z,this._z=t.x*e.y-t.y*e.x,this._w=n),this.normalize()}angleTo(t){return 2*Math.acos(Math.abs(Ft(this.dot(t),-1,1)))}rotateTowards(t,e){let n=this.angleTo(t);if(n===0)return this;let i=Math.min(1,e/n);return this.slerp(t,i),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(t){return this._x*t._x+this._y*t._y+this._z*t._z+this._w*t._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let t=this.length();return t===0?(this._x=0,this._y=0,this._z=0,this._w=1):(t=1/t,this._x=this._x*t,this._y=this._y*t,this._z=this._z*t,this._w=this._w*t),this._onChangeCallback(),this}multiply(t){return this.multiplyQuaternions(this,t)}premultiply(t){return this.multiplyQuaternions(t,this)}multiplyQuaternions(t,e){let n=t._x,i=t._y,r=t._z,o=t._w,a=e._x,l=e._y,c=e._z,h=e._w;return this._x=n*h+o*a+i*c-r*l,this._y=i*h+o*l+r*a-n*c,this._z=r*h+o*c+n*l-i*a,this._w=o*h-n*a-i*l-r*c,this._onChangeCallback(),this}slerp(t,e){let n=t._x,i=t._y,r=t._z,o=t._w,a=this.dot(t);a<0&&(n=-n,i=-i,r=-r,o=-o,a=-a);let l=1-e;if(a<.9995){let c=Math.acos(a),h=Math.sin(c);l=Math.sin(l*c)/h,e=Math.sin(e*c)/h,this._x=this._x*l+n*e,this._y=this._y*l+i*e,this._z=this._z*l+r*e,this._w=this._w*l+o*e,this._onChangeCallback()}else this._x=this._x*l+n*e,this._y=this._y*l+i*e,this._z=this._z*l+r*e,this._w=this._w*l+o*e,this.normalize();return this}slerpQuaternions(t,e,n){return this.copy(t).slerp(e,n)}random(){let t=2*Math.PI*Math.random(),e=2*Math.PI*Math.random(),n=Math.random(),i=Math.sqrt(1-n),r=Math.sqrt(n);return this.set(i*Math.sin(t),i*Math.cos(t),r*Math.sin(e),r*Math.cos(e))}equals(t){return t._x===this._x&&t._y===this._y&&t._z===this._z&&t._w===this._w}fromArray(t,e=0){return this._x=t[e],this._y=t[e+1],this._z=t[e+2],this._w=t[e+3],this._onChangeCallback(),this}toArray(t=[],e=0){return t[e]=this._x,t[e+1]=this._y,t[e+2]=this._z,t[e+3]=this._w,t}fromBufferAttribute(t,e){return this._x=t.getX(e),this._y=t.getY(e),this._z=t.getZ(e),this._w=t.getW(e),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(t){return this._onChangeCallback=t,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},Xu=class Xu{constructor(t=0,e=0,n=0){this.x=t,this.y=e,this.z=n}set(t,e,n){return n===void 0&&(n=this.z),this.x=t,this.y=e,this.z=n,this}setScalar(t){return this.x=t,this.y=t,this.z=t,this}setX(t){return this.x=t,this}setY(t){return this.y=t,this}setZ(t){return this.z=t,this}setComponent(t,e){switch(t){case 0:this.x=e;break;case 1:this.y=e;break;case 2:this.z=e;break;default:throw new Error("THREE.Vector3: index is out of range: "+t)}return this}getComponent(t){switch(t){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+t)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(t){return this.x=t.x,this.y=t.y,this.z=t.z,this}add(t){return this.x+=t.x,this.y+=t.y,this.z+=t.z,this}addScalar(t){return this.x+=t,this.y+=t,this.z+=t,this}addVectors(t,e){return this.x=t.x+e.x,this.y=t.y+e.y,this.z=t.z+e.z,this}addScaledVector(t,e){return this.x+=t.x*e,this.y+=t.y*e,this.z+=t.z*e,this}sub(t){return this.x-=t.x,this.y-=t.y,this.z-=t.z,this}subScalar(t){return this.x-=t,this.y-=t,this.z-=t,this}subVectors(t,e){return this.x=t.x-e.x,this.y=t.y-e.y,this.z=t.z-e.z,this}multiply(t){return this.x*=t.x,this.y*=t.y,this.z*=t.z,this}multiplyScalar(t){return this.x*=t,this.y*=t,this.z*=t,this}multiplyVectors(t,e){return this.x=t.x*e.x,this.y=t.y*e.y,this.z=t.z*e.z,this}applyEuler(t){return this.applyQuaternion(df.setFromEuler(t))}applyAxisAngle(t,e){return this.applyQuaternion(df.setFromAxisAngle(t,e))}applyMatrix3(t){let e=this.x,n=this.y,i=this.z,r=t.elements;return this.x=r[0]*e+r[3]*n+r[6]*i,this.y=r[1]*e+r[4]*n+r[7]*i,this.z=r[2]*e+r[5]*n+r[8]*i,this}applyNormalMatrix(t){return this.applyMatrix3(t).normalize()}applyMatrix4(t){let e=this.x,n=this.y,i=this.z,r=t.elements,o=1/(r[3]*e+r[7]*n+r[11]*i+r[15]);return this.x=(r[0]*e+r[4]*n+r[8]*i+r[12])*o,this.y=(r[1]*e+r[5]*n+r[9]*i+r[13])*o,this.z=(r[2]*e+r[6]*n+r[10]*i+r[14])*o,this}applyQuaternion(t){let e=this.x,n=this.y,i=this.z,r=t.x,o=t.y,a=t.z,l=t.w,c=2*(o*i-a*n),h=2*(a*e-r*i),u=2*(r*n-o*e);return this.x=e+l*c+o*u-a*h,this.y=n+l*h+a*c-r*u,this.z=i+l*u+r*h-o*c,this}project(t){return this.applyMatrix4(t.matrixWorldInverse).applyMatrix4(t.projectionMatrix)}unproject(t){return this.applyMatrix4(t.projectionMatrixInverse).applyMatrix4(t.matrixWorld)}transformDirection(t){let e=this.x,n=this.y,i=this.z,r=t.elements;return this.x=r[0]*e+r[4]*n+r[8]*i,this.y=r[1]*e+r[5]*n+r[9]*i,this.z=r[2]*e+r[6]*n+r[10]*i,this.normalize()}divide(t){return this.x/=t.x,this.y/=t.y,this.z/=t.z,this}divideScalar(t){return this.multiplyScalar(1/t)}min(t){return this.x=Math.min(this.x,t.x),this.y=Math.min(this.y,t.y),this.z=Math.min(this.z,t.z),this}max(t){return this.x=Math.max(this.x,t.x),this.y=Math.max(this.y,t.y),this.z=Math.max(this.z,t.z),this}clamp(t,e){return this.x=Ft(this.x,t.x,e.x),this.y=Ft(this.y,t.y,e.y),this.z=Ft(this.z,t.z,e.z),this}clampScalar(t,e){return this.x=Ft(this.x,t,e),this.y=Ft(this.y,t,e),this.z=Ft(this.z,t,e),this}clampLength(t,e){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Ft(n,t,e))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(t){return this.x*t.x+this.y*t.y+this.z*t.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(t){return this.normalize().multiplyScalar(t)}lerp(t,e){return this.x+=(t.x-this.x)*e,this.y+=(t.y-this.y)*e,this.z+=(t.z-this.z)*e,this}lerpVectors(t,e,n){return this.x=t.x+(e.x-t.x)*n,this.y=t.y+(e.y-t.y)*n,this.z=t.z+(e.z-t.z)*n,this}cross(t){return this.crossVectors(this,t)}crossVectors(t,e){let n=t.x,i=t.y,r=t.z,o=e.x,a=e.y,l=e.z;return this.x=i*l-r*a,this.y=r*o-n*l,this.z=n*a-i*o,this}projectOnVector(t){let e=t.lengthSq();if(e===0)return this.set(0,0,0);let n=t.dot(this)/e;return this.copy(t).multiplyScalar(n)}projectOnPlane(t){return Eh.copy(this).projectOnVector(t),this.sub(Eh)}reflect(t){return this.sub(Eh.copy(t).multiplyScalar(2*this.dot(t)))}angleTo(t){let e=Math.sqrt(this.lengthSq()*t.lengthSq());if(e===0)return Math.PI/2;let n=this.dot(t)/e;return Math.acos(Ft(n,-1,1))}distanceTo(t){return Math.sqrt(this.distanceToSquared(t))}distanceToSquared(t){let e=this.x-t.x,n=this.y-t.y,i=this.z-t.z;return e*e+n*n+i*i}manhattanDistanceTo(t){return Math.abs(this.x-t.x)+Math.abs(this.y-t.y)+Math.abs(this.z-t.z)}setFromSpherical(t){return this.setFromSphericalCoords(t.radius,t.phi,t.theta)}setFromSphericalCoords(t,e,n){let i=Math.sin(e)*t;return this.x=i*Math.sin(n),this.y=Math.cos(e)*t,this.z=i*Math.cos(n),this}setFromCylindrical(t){return this.setFromCylindricalCoords(t.radius,t.theta,t.y)}setFromCylindricalCoords(t,e,n){return this.x=t*Math.sin(e),this.y=n,this.z=t*Math.cos(e),this}setFromMatrixPosition(t){let e=t.elements;return this.x=e[12],this.y=e[13],this.z=e[14],this}setFromMatrixScale(t){let e=this.setFromMatrixColumn(t,0).length(),n=this.setFromMatrixColumn(t,1).length(),i=this.setFromMatrixColumn(t,2).length();return this.x=e,this.y=n,this.z=i,this}setFromMatrixColumn(t,e){return this.fromArray(t.elements,e*4)}setFromMatrix3Column(t,e){return this.fromArray(t.elements,e*3)}setFromEuler(t){return this.x=t._x,this.y=t._y,this.z=t._z,this}setFromColor(t){return this.x=t.r,this.y=t.g,this.z=t.b,this}equals(t){return t.x===this.x&&t.y===this.y&&t.z===this.z}fromArray(t,e=0){return this.x=t[e],this.y=t[e+1],this.z=t[e+2],this}toArray(t=[],e=0){return t[e]=this.x,t[e+1]=this.y,t[e+2]=this.z,t}fromBufferAttribute(t,e){return this.x=t.getX(e),this.y=t.getY(e),this.z=t.getZ(e),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let t=Math.random()*Math.PI*2,e=Math.random()*2-1,n=Math.sqrt(1-e*e);return this.x=n*Math.cos(t),this.y=e,this.z=n*Math.sin(t),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};Xu.prototype.isVector3=!0;var R=Xu,Eh=new R,df=new Tn,qu=class qu{constructor(t,e,n,i,r,o,a,l,c){this.elements=[1,0,0,0,1,0,0,0,1],t!==void 0&&this.set(t,e,n,i,r,o,a,l,c)}set(t,e,n,i,r,o,a,l,c){let h=this.elements;return h[0]=t,h[1]=i,h[2]=a,h[3]=e,h[4]=r,h[5]=l,h[6]=n,h[7]=o,h[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(t){let e=this.elements,n=t.elements;return e[0]=n[0],e[1]=n[1],e[2]=n[2],e[3]=n[3],e[4]=n[4],e[5]=n[5],e[6]=n[6],e[7]=n[7],e[8]=n[8],this}extractBasis(t,e,n){return t.setFromMatrix3Column(this,0),e.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(t){let e=t.elements;return this.set(e[0],e[4],e[8],e[1],e[5],e[9],e[2],e[6],e[10]),this}multiply(t){return this.multiplyMatrices(this,t)}premultiply(t){return this.multiplyMatrices(t,this)}multiplyMatrices(t,e){let n=t.elements,i=e.elements,r=this.elements,o=n[0],a=n[3],l=n[6],c=n[1],h=n[4],u=n[7],d=n[2],f=n[5],p=n[8],y=i[0],g=i[3],m=i[6],x=i[1],b=i[4],v=i[7],S=i[2],E=i[5],_=i[8];return r[0]=o*y+a*x+l*S,r[3]=o*g+a*b+l*E,r[6]=o*m+a*v+l*_,r[1]=c*y+h*x+u*S,r[4]=c*g+h*b+u*E,r[7]=c*m+h*v+u*_,r[2]=d*y+f*x+p*S,r[5]=d*g+f*b+p*E,r[8]=d*m+f*v+p*_,this}multiplyScalar(t){let e=this.elements;return e[0]*=t,e[3]*=t,e[6]*=t,e[1]*=t,e[4]*=t,e[7]*=t,e[2]*=t,e[5]*=t,e[8]*=t,this}determinant(){let t=this.elements,e=t[0],n=t[1],i=t[2],r=t[3],o=t[4],a=t[5],l=t[6],c=t[7],h=t[8];return e*o*h-e*a*c-n*r*h+n*a*l+i*r*c-i*o*l}invert(){let t=this.elements,e=t[0],n=t[1],i=t[2],r=t[3],o=t[4],a=t[5],l=t[6],c=t[7],h=t[8],u=h*o-a*c,d=a*l-h*r,f=c*r-o*l,p=e*u+n*d+i*f;if(p===0)return this.set(0,0,0,0,0,0,0,0,0);let y=1/p;return t[0]=u*y,t[1]=(i*c-h*n)*y,t[2]=(a*n-i*o)*y,t[3]=d*y,t[4]=(h*e-i*l)*y,t[5]=(i*r-a*e)*y,t[6]=f*y,t[7]=(n*l-c*e)*y,t[8]=(o*e-n*r)*y,this}transpose(){let t,e=this.elements;return t=e[1],e[1]=e[3],e[3]=t,t=e[2],e[2]=e[6],e[6]=t,t=e[5],e[5]=e[7],e[7]=t,this}getNormalMatrix(t){return this.setFromMatrix4(t).invert().transpose()}transposeIntoArray(t){let e=this.elements;return t[0]=e[0],t[1]=e[3],t[2]=e[6],t[3]=e[1],t[4]=e[4],t[5]=e[7],t[6]=e[2],t[7]=e[5],t[8]=e[8],this}setUvTransform(t,e,n,i,r,o,a){let l=Math.cos(r),c=Math.sin(r);return this.set(n*l,n*c,-n*(l*o+c*a)+o+t,-i*c,i*l,-i*(-c*o+l*a)+a+e,0,0,1),this}scale(t,e){return zr("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Th.makeScale(t,e)),this}rotate(t){return zr("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Th.makeRotation(-t)),this}translate(t,e){return zr("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Th.makeTranslation(t,e)),this}makeTranslation(t,e){return t.isVector2?this.set(1,0,t.x,0,1,t.y,0,0,1):this.set(1,0,t,0,1,e,0,0,1),this}makeRotation(t){let e=Math.cos(t),n=Math.sin(t);return this.set(e,-n,0,n,e,0,0,0,1),this}makeScale(t,e){return this.set(t,0,0,0,e,0,0,0,1),this}equals(t){let e=this.elements,n=t.elements;for(let i=0;i<9;i++)if(e[i]!==n[i])return!1;return!0}fromArray(t,e=0){for(let n=0;n<9;n++)this.elements[n]=t[n+e];return this}toArray(t=[],e=0){let n=this.elements;return t[e]=n[0],t[e+1]=n[1],t[e+2]=n[2],t[e+3]=n[3],t[e+4]=n[4],t[e+5]=n[5],t[e+6]=n[6],t[e+7]=n[7],t[e+8]=n[8],t}clone(){return new this.constructor().fromArray(this.elements)}};qu.prototype.isMatrix3=!0;var Ot=qu,Th=new Ot,ff=new Ot().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),pf=new Ot().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function s_(){let s={enabled:!0,workingColorSpace:qr,spaces:{},convert:function(i,r,o){return this.enabled===!1||r===o||!r||!o||(this.spaces[r].transfer===re&&(i.r=vi(i.r),i.g=vi(i.g),i.b=vi(i.b)),this.spaces[r].primaries!==this.spaces[o].primaries&&(i.applyMatrix3(this.spaces[r].toXYZ),i.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===re&&(i.r=zs(i.r),i.g=zs(i.g),i.b=zs(i.b))),i},workingToColorSpace:function(i,r){return this.convert(i,this.workingColorSpace,r)},colorSpaceToWorking:function(i,r){return this.convert(i,r,this.workingColorSpace)},getPrimaries:function(i){return this.spaces[i].primaries},getTransfer:function(i){return i===Ri?Yr:this.spaces[i].transfer},getToneMappingMode:function(i){return this.spaces[i].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(i,r=this.workingColorSpace){return i.fromArray(this.spaces[r].luminanceCoefficients)},define:function(i){Object.assign(this.spaces,i)},_getMatrix:function(i,r,o){return i.copy(this.spaces[o].fromXYZ).multiply(this.spaces[r].toXYZ)},_getDrawingBufferColorSpace:function(i){return this.spaces[i].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(i=this.workingColorSpace){return this.spaces[i].workingColorSpaceConfig.unpackColorSpace}},t=[.64,.33,.3,.6,.15,.06],e=[.2126,.7152,.0722],n=[.3127,.329];return s.define({[qr]:{primaries:t,whitePoint:n,transfer:Yr,toXYZ:ff,fromXYZ:pf,luminanceCoefficients:e,workingColorSpaceConfig:{unpackColorSpace:Be},outputColorSpaceConfig:{drawingBufferColorSpace:Be}},[Be]:{primaries:t,whitePoint:n,transfer:re,toXYZ:ff,fromXYZ:pf,luminanceCoefficients:e,outputColorSpaceConfig:{drawingBufferColorSpace:Be}}}),s}var Xt=s_();function vi(s){return s<.04045?s*.0773993808:Math.pow(s*.9478672986+.0521327014,2.4)}function zs(s){return s<.0031308?s*12.92:1.055*Math.pow(s,.41666)-.055}var vs,el=class{static getDataURL(t,e="image/png"){if(/^data:/i.test(t.src)||typeof HTMLCanvasElement>"u")return t.src;let n;if(t instanceof HTMLCanvasElement)n=t;else{vs===void 0&&(vs=Zr("canvas")),vs.width=t.width,vs.height=t.height;let i=vs.getContext("2d");t instanceof ImageData?i.putImageData(t,0,0):i.drawImage(t,0,0,t.width,t.height),n=vs}return n.toDataURL(e)}static sRGBToLinear(t){if(typeof HTMLImageElement<"u"&&t instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&t instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&t instanceof ImageBitmap){let e=Zr("canvas");e.width=t.width,e.height=t.height;let n=e.getContext("2d");n.drawImage(t,0,0,t.width,t.height);let i=n.getImageData(0,0,t.width,t.height),r=i.data;for(let o=0;o<r.length;o++)r[o]=vi(r[o]/255)*255;return n.putImageData(i,0,0),e}else if(t.data){let e=t.data.slice(0);for(let n=0;n<e.length;n++)e instanceof Uint8Array||e instanceof Uint8ClampedArray?e[n]=Math.floor(vi(e[n]/255)*255):e[n]=vi(e[n]);return{data:e,width:t.width,height:t.height}}else return Rt("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),t}},r_=0,Xs=class{constructor(t=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:r_++}),this.uuid=Xi(),this.data=t,this.dataReady=!0,this.version=0}getSize(t){let e=this.data;return typeof HTMLVideoElement<"u"&&e instanceof HTMLVideoElement?t.set(e.videoWidth,e.videoHeight,0):typeof VideoFrame<"u"&&e instanceof VideoFrame?t.set(e.displayWidth,e.displayHeight,0):e!==null?t.set(e.width||0,e.height||0,e.depth||0):t.set(0,0,0),t}set needsUpdate(t){t===!0&&this.version++}toJSON(t){let e=t===void 0||typeof t=="string";if(!e&&t.images[this.uuid]!==void 0)return t.images[this.uuid];let n={uuid:this.uuid,url:""},i=this.data;if(i!==null){let r;if(Array.isArray(i)){r=[];for(let o=0,a=i.length;o<a;o++)i[o].isDataTexture?r.push(Ah(i[o].image)):r.push(Ah(i[o]))}else r=Ah(i);n.url=r}return e||(t.images[this.uuid]=n),n}};function Ah(s){return typeof HTMLImageElement<"u"&&s instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&s instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&s instanceof ImageBitmap?el.getDataURL(s):s.data?{data:Array.from(s.data),width:s.width,height:s.height,type:s.data.constructor.name}:(Rt("Texture: Unable to serialize Texture."),{})}var o_=0,Rh=new R,dn=class s extends qn{constructor(t=s.DEFAULT_IMAGE,e=s.DEFAULT_MAPPING,n=ai,i=ai,r=un,o=Ti,a=En,l=bn,c=s.DEFAULT_ANISOTROPY,h=Ri){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:o_++}),this.uuid=Xi(),this.name="",this.source=new Xs(t),this.mipmaps=[],this.mapping=e,this.channel=0,this.wrapS=n,this.wrapT=i,this.magFilter=r,this.minFilter=o,this.anisotropy=c,this.format=a,this.internalFormat=null,this.type=l,this.offset=new st(0,0),this.repeat=new st(1,1),this.center=new st(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new Ot,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=h,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(t&&t.depth&&t.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Rh).x}get height(){return this.source.getSize(Rh).y}get depth(){return this.source.getSize(Rh).z}get image(){return this.source.data}set image(t){this.source.data=t}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(t,e){this.updateRanges.push({start:t,count:e})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(t){return this.name=t.name,this.source=t.source,this.mipmaps=t.mipmaps.slice(0),this.mapping=t.mapping,this.channel=t.channel,this.wrapS=t.wrapS,this.wrapT=t.wrapT,this.magFilter=t.magFilter,this.minFilter=t.minFilter,this.anisotropy=t.anisotropy,this.format=t.format,this.internalFormat=t.internalFormat,this.type=t.type,this.normalized=t.normalized,this.offset.copy(t.offset),this.repeat.copy(t.repeat),this.center.copy(t.center),this.rotation=t.rotation,this.matrixAutoUpdate=t.matrixAutoUpdate,this.matrix.copy(t.matrix),this.generateMipmaps=t.generateMipmaps,this.mipmapsAutoUpdate=t.mipmapsAutoUpdate,this.premultiplyAlpha=t.premultiplyAlpha,this.flipY=t.flipY,this.unpackAlignment=t.unpackAlignment,this.colorSpace=t.colorSpace,this.renderTarget=t.renderTarget,this.isRenderTargetTexture=t.isRenderTargetTexture,this.isPMREMTexture=t.isPMREMTexture,this.isArrayTexture=t.isArrayTexture,this.userData=JSON.parse(JSON.stringify(t.userData)),this.needsUpdate=!0,this}setValues(t){for(let e in t){let n=t[e];if(n===void 0){Rt(`Texture.setValues(): parameter '${e}' has value of undefined.`);continue}let i=this[e];if(i===void 0){Rt(`Texture.setValues(): property '${e}' does not exist.`);continue}i&&n&&i.isVector2&&n.isVector2||i&&n&&i.isVector3&&n.isVector3||i&&n&&i.isMatrix3&&n.isMatrix3?i.copy(n):this[e]=n}}toJSON(t){let e=t===void 0||typeof t=="string";if(!e&&t.textures[this.uuid]!==void 0)return t.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(t).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),e||(t.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(t){if(this.mapping!==Mu)return t;if(t.applyMatrix3(this.matrix),t.x<0||t.x>1)switch(this.wrapS){case ja:t.x=t.x-Math.floor(t.x);break;case ai:t.x=t.x<0?0:1;break;case Qa:Math.abs(Math.floor(t.x)%2)===1?t.x=Math.ceil(t.x)-t.x:t.x=t.x-Math.floor(t.x);break}if(t.y<0||t.y>1)switch(this.wrapT){case ja:t.y=t.y-Math.floor(t.y);break;case ai:t.y=t.y<0?0:1;break;case Qa:Math.abs(Math.floor(t.y)%2)===1?t.y=Math.ceil(t.y)-t.y:t.y=t.y-Math.floor(t.y);break}return this.flipY&&(t.y=1-t.y),t}set needsUpdate(t){t===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(t){t===!0&&this.pmremVersion++}};dn.DEFAULT_IMAGE=null;dn.DEFAULT_MAPPING=Mu;dn.DEFAULT_ANISOTROPY=1;var Yu=class Yu{constructor(t=0,e=0,n=0,i=1){this.x=t,this.y=e,this.z=n,this.w=i}get width(){return this.z}set width(t){this.z=t}get height(){return this.w}set height(t){this.w=t}set(t,e,n,i){return this.x=t,this.y=e,this.z=n,this.w=i,this}setScalar(t){return this.x=t,this.y=t,this.z=t,this.w=t,this}setX(t){return this.x=t,this}setY(t){return this.y=t,this}setZ(t){return this.z=t,this}setW(t){return this.w=t,this}setComponent(t,e){switch(t){case 0:this.x=e;break;case 1:this.y=e;break;case 2:this.z=e;break;case 3:this.w=e;break;default:throw new Error("THREE.Vector4: index is out of range: "+t)}return this}getComponent(t){switch(t){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+t)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(t){return this.x=t.x,this.y=t.y,this.z=t.z,this.w=t.w!==void 0?t.w:1,this}add(t){return this.x+=t.x,this.y+=t.y,this.z+=t.z,this.w+=t.w,this}addScalar(t){return this.x+=t,this.y+=t,this.z+=t,this.w+=t,this}addVectors(t,e){return this.x=t.x+e.x,this.y=t.y+e.y,this.z=t.z+e.z,this.w=t.w+e.w,this}addScaledVector(t,e){return this.x+=t.x*e,this.y+=t.y*e,this.z+=t.z*e,this.w+=t.w*e,this}sub(t){return this.x-=t.x,this.y-=t.y,this.z-=t.z,this.w-=t.w,this}subScalar(t){return this.x-=t,this.y-=t,this.z-=t,this.w-=t,this}subVectors(t,e){return this.x=t.x-e.x,this.y=t.y-e.y,this.z=t.z-e.z,this.w=t.w-e.w,this}multiply(t){return this.x*=t.x,this.y*=t.y,this.z*=t.z,this.w*=t.w,this}multiplyScalar(t){return this.x*=t,this.y*=t,this.z*=t,this.w*=t,this}applyMatrix4(t){let e=this.x,n=this.y,i=this.z,r=this.w,o=t.elements;return this.x=o[0]*e+o[4]*n+o[8]*i+o[12]*r,this.y=o[1]*e+o[5]*n+o[9]*i+o[13]*r,this.z=o[2]*e+o[6]*n+o[10]*i+o[14]*r,this.w=o[3]*e+o[7]*n+o[11]*i+o[15]*r,this}divide(t){return this.x/=t.x,this.y/=t.y,this.z/=t.z,this.w/=t.w,this}divideScalar(t){return this.multiplyScalar(1/t)}setAxisAngleFromQuaternion(t){this.w=2*Math.acos(t.w);let e=Math.sqrt(1-t.w*t.w);return e<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=t.x/e,this.y=t.y/e,this.z=t.z/e),this}setAxisAngleFromRotationMatrix(t){let e,n,i,r,l=t.elements,c=l[0],h=l[4],u=l[8],d=l[1],f=l[5],p=l[9],y=l[2],g=l[6],m=l[10];if(Math.abs(h-d)<.01&&Math.abs(u-y)<.01&&Math.abs(p-g)<.01){if(Math.abs(h+d)<.1&&Math.abs(u+y)<.1&&Math.abs(p+g)<.1&&Math.abs(c+f+m-3)<.1)return this.set(1,0,0,0),this;e=Math.PI;let b=(c+1)/2,v=(f+1)/2,S=(m+1)/2,E=(h+d)/4,_=(u+y)/4,M=(p+g)/4;return b>v&&b>S?b<.01?(n=0,i=.707106781,r=.707106781):(n=Math.sqrt(b),i=E/n,r=_/n):v>S?v<.01?(n=.707106781,i=0,r=.707106781):(i=Math.sqrt(v),n=E/i,r=M/i):S<.01?(n=.707106781,i=.707106781,r=0):(r=Math.sqrt(S),n=_/r,i=M/r),this.set(n,i,r,e),this}let x=Math.sqrt((g-p)*(g-p)+(u-y)*(u-y)+(d-h)*(d-h));return Math.abs(x)<.001&&(x=1),this.x=(g-p)/x,this.y=(u-y)/x,this.z=(d-h)/x,this.w=Math.acos((c+f+m-1)/2),this}setFromMatrixPosition(t){let e=t.elements;return this.x=e[12],this.y=e[13],this.z=e[14],this.w=e[15],this}min(t){return this.x=Math.min(this.x,t.x),this.y=Math.min(this.y,t.y),this.z=Math.min(this.z,t.z),this.w=Math.min(this.w,t.w),this}max(t){return this.x=Math.max(this.x,t.x),this.y=Math.max(this.y,t.y),this.z=Math.max(this.z,t.z),this.w=Math.max(this.w,t.w),this}clamp(t,e){return this.x=Ft(this.x,t.x,e.x),this.y=Ft(this.y,t.y,e.y),this.z=Ft(this.z,t.z,e.z),this.w=Ft(this.w,t.w,e.w),this}clampScalar(t,e){return this.x=Ft(this.x,t,e),this.y=Ft(this.y,t,e),this.z=Ft(this.z,t,e),this.w=Ft(this.w,t,e),this}clampLength(t,e){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Ft(n,t,e))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(t){return this.x*t.x+this.y*t.y+this.z*t.z+this.w*t.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(t){return this.normalize().multiplyScalar(t)}lerp(t,e){return this.x+=(t.x-this.x)*e,this.y+=(t.y-this.y)*e,this.z+=(t.z-this.z)*e,this.w+=(t.w-this.w)*e,this}lerpVectors(t,e,n){return this.x=t.x+(e.x-t.x)*n,this.y=t.y+(e.y-t.y)*n,this.z=t.z+(e.z-t.z)*n,this.w=t.w+(e.w-t.w)*n,this}equals(t){return t.x===this.x&&t.y===this.y&&t.z===this.z&&t.w===this.w}fromArray(t,e=0){return this.x=t[e],this.y=t[e+1],this.z=t[e+2],this.w=t[e+3],this}toArray(t=[],e=0){return t[e]=this.x,t[e+1]=this.y,t[e+2]=this.z,t[e+3]=this.w,t}fromBufferAttribute(t,e){return this.x=t.getX(e),this.y=t.getY(e),this.z=t.getZ(e),this.w=t.getW(e),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};Yu.prototype.isVector4=!0;var xe=Yu,nl=class extends qn{constructor(t=1,e=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:un,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=t,this.height=e,this.depth=n.depth,this.scissor=new xe(0,0,t,e),this.scissorTest=!1,this.viewport=new xe(0,0,t,e),this.textures=[];let i=n.count;for(let r=0;r<i;r++)this.textures[r]=new dn({width:t,height:e,depth:n.depth}),this.textures[r].isRenderTargetTexture=!0,this.textures[r].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(t={}){let e={minFilter:un,generateMipmaps:!1,flipY:!1,internalFormat:null};t.mapping!==void 0&&(e.mapping=t.mapping),t.wrapS!==void 0&&(e.wrapS=t.wrapS),t.wrapT!==void 0&&(e.wrapT=t.wrapT),t.wrapR!==void 0&&(e.wrapR=t.wrapR),t.magFilter!==void 0&&(e.magFilter=t.magFilter),t.minFilter!==void 0&&(e.minFilter=t.minFilter),t.format!==void 0&&(e.format=t.format),t.type!==void 0&&(e.type=t.type),t.anisotropy!==void 0&&(e.anisotropy=t.anisotropy),t.colorSpace!==void 0&&(e.colorSpace=t.colorSpace),t.flipY!==void 0&&(e.flipY=t.flipY),t.generateMipmaps!==void 0&&(e.generateMipmaps=t.generateMipmaps),t.mipmapsAutoUpdate!==void 0&&(e.mipmapsAutoUpdate=t.mipmapsAutoUpdate),t.internalFormat!==void 0&&(e.internalFormat=t.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(e)}get texture(){return this.textures[0]}set texture(t){this.textures[0]=t}set depthTexture(t){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),t!==null&&t.renderTarget===null&&(t.renderTarget=this),this._depthTexture=t}get depthTexture(){return this._depthTexture}setSize(t,e,n=1){if(this.width!==t||this.height!==e||this.depth!==n){this.width=t,this.height=e,this.depth=n;for(let i=0,r=this.textures.length;i<r;i++)this.textures[i].image.width=t,this.textures[i].image.height=e,this.textures[i].image.depth=n,this.textures[i].isData3DTexture!==!0&&(this.textures[i].isArrayTexture=this.textures[i].image.depth>1);this.dispose()}this.viewport.set(0,0,t,e),this.scissor.set(0,0,t,e)}clone(){return new this.constructor().copy(this)}copy(t){this.width=t.width,this.height=t.height,this.depth=t.depth,this.scissor.copy(t.scissor),this.scissorTest=t.scissorTest,this.viewport.copy(t.viewport),this.textures.length=0;for(let e=0,n=t.textures.length;e<n;e++){this.textures[e]=t.textures[e].clone(),this.textures[e].isRenderTargetTexture=!0,this.textures[e].renderTarget=this;let i=Object.assign({},t.textures[e].image);this.textures[e].source=new Xs(i)}if(this.depthBuffer=t.depthBuffer,this.stencilBuffer=t.stencilBuffer,this.resolveColorBuffer=t.resolveColorBuffer,this.resolveDepthBuffer=t.resolveDepthBuffer,this.resolveStencilBuffer=t.resolveStencilBuffer,this.storeMultisampledColorBuffer=t.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=t.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=t.storeMultisampledStencilBuffer,t.depthTexture!==null)if(t.depthTexture.renderTarget===t){let e=t.depthTexture.clone();e.renderTarget=null,this.depthTexture=e}else this.depthTexture=t.depthTexture;else this.depthTexture=null;return this.samples=t.samples,this.multiview=t.multiview,this.useArrayDepthTexture=t.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},fn=class extends nl{constructor(t=1,e=1,n={}){super(t,e,n),this.isWebGLRenderTarget=!0}},Jr=class extends dn{constructor(t=null,e=1,n=1,i=1){super(null),this.isDataArrayTexture=!0,this.image={data:t,width:e,height:n,depth:i},this.magFilter=ke,this.minFilter=ke,this.wrapR=ai,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(t){return super.copy(t),this.wrapR=t.wrapR,this}addLayerUpdate(t){this.layerUpdates.add(t)}clearLayerUpdates(){this.layerUpdates.clear()}};var il=class extends dn{constructor(t=null,e=1,n=1,i=1){super(null),this.isData3DTexture=!0,this.image={data:t,width:e,height:n,depth:i},this.magFilter=ke,this.minFilter=ke,this.wrapR=ai,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(t){return super.copy(t),this.wrapR=t.wrapR,this}};var Pl=class Pl{constructor(t,e,n,i,r,o,a,l,c,h,u,d,f,p,y,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],t!==void 0&&this.set(t,e,n,i,r,o,a,l,c,h,u,d,f,p,y,g)}set(t,e,n,i,r,o,a,l,c,h,u,d,f,p,y,g){let m=this.elements;return m[0]=t,m[4]=e,m[8]=n,m[12]=i,m[1]=r,m[5]=o,m[9]=a,m[13]=l,m[2]=c,m[6]=h,m[10]=u,m[14]=d,m[3]=f,m[7]=p,m[11]=y,m[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new Pl().fromArray(this.elements)}copy(t){let e=this.elements,n=t.elements;return e[0]=n[0],e[1]=n[1],e[2]=n[2],e[3]=n[3],e[4]=n[4],e[5]=n[5],e[6]=n[6],e[7]=n[7],e[8]=n[8],e[9]=n[9],e[10]=n[10],e[11]=n[11],e[12]=n[12],e[13]=n[13],e[14]=n[14],e[15]=n[15],this}copyPosition(t){let e=this.elements,n=t.elements;return e[12]=n[12],e[13]=n[13],e[14]=n[14],this}setFromMatrix3(t){let e=t.elements;return this.set(e[0],e[3],e[6],0,e[1],e[4],e[7],0,e[2],e[5],e[8],0,0,0,0,1),this}extractBasis(t,e,n){return this.determinantAffine()===0?(t.set(1,0,0),e.set(0,1,0),n.set(0,0,1),this):(t.setFromMatrixColumn(this,0),e.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(t,e,n){return this.set(t.x,e.x,n.x,0,t.y,e.y,n.y,0,t.z,e.z,n.z,0,0,0,0,1),this}extractRotation(t){if(t.determinantAffine()===0)return this.identity();let e=this.elements,n=t.elements,i=1/bs.setFromMatrixColumn(t,0).length(),r=1/bs.setFromMatrixColumn(t,1).length(),o=1/bs.setFromMatrixColumn(t,2).length();return e[0]=n[0]*i,e[1]=n[1]*i,e[2]=n[2]*i,e[3]=0,e[4]=n[4]*r,e[5]=n[5]*r,e[6]=n[6]*r,e[7]=0,e[8]=n[8]*o,e[9]=n[9]*o,e[10]=n[10]*o,e[11]=0,e[12]=0,e[13]=0,e[14]=0,e[15]=1,this}makeRotationFromEuler(t){let e=this.elements,n=t.x,i=t.y,r=t.z,o=Math.cos(n),a=Math.sin(n),l=Math.cos(i),c=Math.sin(i),h=Math.cos(r),u=Math.sin(r);if(t.order==="XYZ"){let d=o*h,f=o*u,p=a*h,y=a*u;e[0]=l*h,e[4]=-l*u,e[8]=c,e[1]=f+p*c,e[5]=d-y*c,e[9]=-a*l,e[2]=y-d*c,e[6]=p+f*c,e[10]=o*l}else if(t.order==="YXZ"){let d=l*h,f=l*u,p=c*h,y=c*u;e[0]=d+y*a,e[4]=p*a-f,e[8]=o*c,e[1]=o*u,e[5]=o*h,e[9]=-a,e[2]=f*a-p,e[6]=y+d*a,e[10]=o*l}else if(t.order==="ZXY"){let d=l*h,f=l*u,p=c*h,y=c*u;e[0]=d-y*a,e[4]=-o*u,e[8]=p+f*a,e[1]=f+p*a,e[5]=o*h,e[9]=y-d*a,e[2]=-o*c,e[6]=a,e[10]=o*l}else if(t.order==="ZYX"){let d=o*h,f=o*u,p=a*h,y=a*u;e[0]=l*h,e[4]=p*c-f,e[8]=d*c+y,e[1]=l*u,e[5]=y*c+d,e[9]=f*c-p,e[2]=-c,e[6]=a*l,e[10]=o*l}else if(t.order==="YZX"){let d=o*l,f=o*c,p=a*l,y=a*c;e[0]=l*h,e[4]=y-d*u,e[8]=p*u+f,e[1]=u,e[5]=o*h,e[9]=-a*h,e[2]=-c*h,e[6]=f*u+p,e[10]=d-y*u}else if(t.order==="XZY"){let d=o*l,f=o*c,p=a*l,y=a*c;e[0]=l*h,e[4]=-u,e[8]=c*h,e[1]=d*u+y,e[5]=o*h,e[9]=f*u-p,e[2]=p*u-f,e[6]=a*h,e[10]=y*u+d}return e[3]=0,e[7]=0,e[11]=0,e[12]=0,e[13]=0,e[14]=0,e[15]=1,this}makeRotationFromQuaternion(t){return this.compose(a_,t,l_)}lookAt(t,e,n){let i=this.elements;return Mn.subVectors(t,e),Mn.lengthSq()===0&&(Mn.z=1),Mn.normalize(),Di.crossVectors(n,Mn),Di.lengthSq()===0&&(Math.abs(n.z)===1?Mn.x+=1e-4:Mn.z+=1e-4,Mn.normalize(),Di.crossVectors(n,Mn)),Di.normalize(),da.crossVectors(Mn,Di),i[0]=Di.x,i[4]=da.x,i[8]=Mn.x,i[1]=Di.y,i[5]=da.y,i[9]=Mn.y,i[2]=Di.z,i[6]=da.z,i[10]=Mn.z,this}multiply(t){return this.multiplyMatrices(this,t)}premultiply(t){return this.multiplyMatrices(t,this)}multiplyMatrices(t,e){let n=t.elements,i=e.elements,r=this.elements,o=n[0],a=n[4],l=n[8],c=n[12],h=n[1],u=n[5],d=n[9],f=n[13],p=n[2],y=n[6],g=n[10],m=n[14],x=n[3],b=n[7],v=n[11],S=n[15],E=i[0],_=i[4],M=i[8],I=i[12],A=i[1],P=i[5],L=i[9],F=i[13],D=i[2],k=i[6],G=i[10],W=i[14],et=i[3],q=i[7],Q=i[11],tt=i[15];return r[0]=o*E+a*A+l*D+c*et,r[4]=o*_+a*P+l*k+c*q,r[8]=o*M+a*L+l*G+c*Q,r[12]=o*I+a*F+l*W+c*tt,r[1]=h*E+u*A+d*D+f*et,r[5]=h*_+u*P+d*k+f*q,r[9]=h*M+u*L+d*G+f*Q,r[13]=h*I+u*F+d*W+f*tt,r[2]=p*E+y*A+g*D+m*et,r[6]=p*_+y*P+g*k+m*q,r[10]=p*M+y*L+g*G+m*Q,r[14]=p*I+y*F+g*W+m*tt,r[3]=x*E+b*A+v*D+S*et,r[7]=x*_+b*P+v*k+S*q,r[11]=x*M+b*L+v*G+S*Q,r[15]=x*I+b*F+v*W+S*tt,this}multiplyScalar(t){let e=this.elements;return e[0]*=t,e[4]*=t,e[8]*=t,e[12]*=t,e[1]*=t,e[5]*=t,e[9]*=t,e[13]*=t,e[2]*=t,e[6]*=t,e[10]*=t,e[14]*=t,e[3]*=t,e[7]*=t,e[11]*=t,e[15]*=t,this}determinant(){let t=this.elements,e=t[0],n=t[4],i=t[8],r=t[12],o=t[1],a=t[5],l=t[9],c=t[13],h=t[2],u=t[6],d=t[10],f=t[14],p=t[3],y=t[7],g=t[11],m=t[15],x=l*f-c*d,b=a*f-c*u,v=a*d-l*u,S=o*f-c*h,E=o*d-l*h,_=o*u-a*h;return e*(y*x-g*b+m*v)-n*(p*x-g*S+m*E)+i*(p*b-y*S+m*_)-r*(p*v-y*E+g*_)}determinantAffine(){let t=this.elements,e=t[0],n=t[4],i=t[8],r=t[1],o=t[5],a=t[9],l=t[2],c=t[6],h=t[10];return e*(o*h-a*c)-n*(r*h-a*l)+i*(r*c-o*l)}transpose(){let t=this.elements,e;return e=t[1],t[1]=t[4],t[4]=e,e=t[2],t[2]=t[8],t[8]=e,e=t[6],t[6]=t[9],t[9]=e,e=t[3],t[3]=t[12],t[12]=e,e=t[7],t[7]=t[13],t[13]=e,e=t[11],t[11]=t[14],t[14]=e,this}setPosition(t,e,n){let i=this.elements;return t.isVector3?(i[12]=t.x,i[13]=t.y,i[14]=t.z):(i[12]=t,i[13]=e,i[14]=n),this}invert(){let t=this.elements,e=t[0],n=t[1],i=t[2],r=t[3],o=t[4],a=t[5],l=t[6],c=t[7],h=t[8],u=t[9],d=t[10],f=t[11],p=t[12],y=t[13],g=t[14],m=t[15],x=e*a-n*o,b=e*l-i*o,v=e*c-r*o,S=n*l-i*a,E=n*c-r*a,_=i*c-r*l,M=h*y-u*p,I=h*g-d*p,A=h*m-f*p,P=u*g-d*y,L=u*m-f*y,F=d*m-f*g,D=x*F-b*L+v*P+S*A-E*I+_*M;if(D===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let k=1/D;return t[0]=(a*F-l*L+c*P)*k,t[1]=(i*L-n*F-r*P)*k,t[2]=(y*_-g*E+m*S)*k,t[3]=(d*E-u*_-f*S)*k,t[4]=(l*A-o*F-c*I)*k,t[5]=(e*F-i*A+r*I)*k,t[6]=(g*v-p*_-m*b)*k,t[7]=(h*_-d*v+f*b)*k,t[8]=(o*L-a*A+c*M)*k,t[9]=(n*A-e*L-r*M)*k,t[10]=(p*E-y*v+m*x)*k,t[11]=(u*v-h*E-f*x)*k,t[12]=(a*I-o*P-l*M)*k,t[13]=(e*P-n*I+i*M)*k,t[14]=(y*b-p*S-g*x)*k,t[15]=(h*S-u*b+d*x)*k,this}scale(t){let e=this.elements,n=t.x,i=t.y,r=t.z;return e[0]*=n,e[4]*=i,e[8]*=r,e[1]*=n,e[5]*=i,e[9]*=r,e[2]*=n,e[6]*=i,e[10]*=r,e[3]*=n,e[7]*=i,e[11]*=r,this}getMaxScaleOnAxis(){let t=this.elements,e=t[0]*t[0]+t[1]*t[1]+t[2]*t[2],n=t[4]*t[4]+t[5]*t[5]+t[6]*t[6],i=t[8]*t[8]+t[9]*t[9]+t[10]*t[10];return Math.sqrt(Math.max(e,n,i))}makeTranslation(t,e,n){return t.isVector3?this.set(1,0,0,t.x,0,1,0,t.y,0,0,1,t.z,0,0,0,1):this.set(1,0,0,t,0,1,0,e,0,0,1,n,0,0,0,1),this}makeRotationX(t){let e=Math.cos(t),n=Math.sin(t);return this.set(1,0,0,0,0,e,-n,0,0,n,e,0,0,0,0,1),this}makeRotationY(t){let e=Math.cos(t),n=Math.sin(t);return this.set(e,0,n,0,0,1,0,0,-n,0,e,0,0,0,0,1),this}makeRotationZ(t){let e=Math.cos(t),n=Math.sin(t);return this.set(e,-n,0,0,n,e,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(t,e){let n=Math.cos(e),i=Math.sin(e),r=1-n,o=t.x,a=t.y,l=t.z,c=r*o,h=r*a;return this.set(c*o+n,c*a-i*l,c*l+i*a,0,c*a+i*l,h*a+n,h*l-i*o,0,c*l-i*a,h*l+i*o,r*l*l+n,0,0,0,0,1),this}makeScale(t,e,n){return this.set(t,0,0,0,0,e,0,0,0,0,n,0,0,0,0,1),this}makeShear(t,e,n,i,r,o){return this.set(1,n,r,0,t,1,o,0,e,i,1,0,0,0,0,1),this}compose(t,e,n){let i=this.elements,r=e._x,o=e._y,a=e._z,l=e._w,c=r+r,h=o+o,u=a+a,d=r*c,f=r*h,p=r*u,y=o*h,g=o*u,m=a*u,x=l*c,b=l*h,v=l*u,S=n.x,E=n.y,_=n.z;return i[0]=(1-(y+m))*S,i[1]=(f+v)*S,i[2]=(p-b)*S,i[3]=0,i[4]=(f-v)*E,i[5]=(1-(d+m))*E,i[6]=(g+x)*E,i[7]=0,i[8]=(p+b)*_,i[9]=(g-x)*_,i[10]=(1-(d+y))*_,i[11]=0,i[12]=t.x,i[13]=t.y,i[14]=t.z,i[15]=1,this}decompose(t,e,n){let i=this.elements;t.x=i[12],t.y=i[13],t.z=i[14];let r=this.determinantAffine();if(r===0)return n.set(1,1,1),e.identity(),this;let o=bs.set(i[0],i[1],i[2]).length(),a=bs.set(i[4],i[5],i[6]).length(),l=bs.set(i[8],i[9],i[10]).length();r<0&&(o=-o),Gn.copy(this);let c=1/o,h=1/a,u=1/l;return Gn.elements[0]*=c,Gn.elements[1]*=c,Gn.elements[2]*=c,Gn.elements[4]*=h,Gn.elements[5]*=h,Gn.elements[6]*=h,Gn.elements[8]*=u,Gn.elements[9]*=u,Gn.elements[10]*=u,e.setFromRotationMatrix(Gn),n.x=o,n.y=a,n.z=l,this}makePerspective(t,e,n,i,r,o,a=Fn,l=!1){let c=this.elements,h=2*r/(e-t),u=2*r/(n-i),d=(e+t)/(e-t),f=(n+i)/(n-i),p,y;if(l)p=r/(o-r),y=o*r/(o-r);else if(a===Fn)p=-(o+r)/(o-r),y=-2*o*r/(o-r);else if(a===Vs)p=-o/(o-r),y=-o*r/(o-r);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return c[0]=h,c[4]=0,c[8]=d,c[12]=0,c[1]=0,c[5]=u,c[9]=f,c[13]=0,c[2]=0,c[6]=0,c[10]=p,c[14]=y,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(t,e,n,i,r,o,a=Fn,l=!1){let c=this.elements,h=2/(e-t),u=2/(n-i),d=-(e+t)/(e-t),f=-(n+i)/(n-i),p,y;if(l)p=1/(o-r),y=o/(o-r);else if(a===Fn)p=-2/(o-r),y=-(o+r)/(o-r);else if(a===Vs)p=-1/(o-r),y=-r/(o-r);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return c[0]=h,c[4]=0,c[8]=0,c[12]=d,c[1]=0,c[5]=u,c[9]=0,c[13]=f,c[2]=0,c[6]=0,c[10]=p,c[14]=y,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(t){let e=this.elements,n=t.elements;for(let i=0;i<16;i++)if(e[i]!==n[i])return!1;return!0}fromArray(t,e=0){for(let n=0;n<16;n++)this.elements[n]=t[n+e];return this}toArray(t=[],e=0){let n=this.elements;return t[e]=n[0],t[e+1]=n[1],t[e+2]=n[2],t[e+3]=n[3],t[e+4]=n[4],t[e+5]=n[5],t[e+6]=n[6],t[e+7]=n[7],t[e+8]=n[8],t[e+9]=n[9],t[e+10]=n[10],t[e+11]=n[11],t[e+12]=n[12],t[e+13]=n[13],t[e+14]=n[14],t[e+15]=n[15],t}};Pl.prototype.isMatrix4=!0;var It=Pl,bs=new R,Gn=new It,a_=new R(0,0,0),l_=new R(1,1,1),Di=new R,da=new R,Mn=new R,mf=new It,gf=new Tn,Si=class s{constructor(t=0,e=0,n=0,i=s.DEFAULT_ORDER){this.isEuler=!0,this._x=t,this._y=e,this._z=n,this._order=i}get x(){return this._x}set x(t){this._x=t,this._onChangeCallback()}get y(){return this._y}set y(t){this._y=t,this._onChangeCallback()}get z(){return this._z}set z(t){this._z=t,this._onChangeCallback()}get order(){return this._order}set order(t){this._order=t,this._onChangeCallback()}set(t,e,n,i=this._order){return this._x=t,this._y=e,this._z=n,this._order=i,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(t){return this._x=t._x,this._y=t._y,this._z=t._z,this._order=t._order,this._onChangeCallback(),this}setFromRotationMatrix(t,e=this._order,n=!0){let i=t.elements,r=i[0],o=i[4],a=i[8],l=i[1],c=i[5],h=i[9],u=i[2],d=i[6],f=i[10];switch(e){case"XYZ":this._y=Math.asin(Ft(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-h,f),this._z=Math.atan2(-o,r)):(this._x=Math.atan2(d,c),this._z=0);break;case"YXZ":this._x=Math.asin(-Ft(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(a,f),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-u,r),this._z=0);break;case"ZXY":this._x=Math.asin(Ft(d,-1,1)),Math.abs(d)<.9999999?(this._y=Math.atan2(-u,f),this._z=Math.atan2(-o,c)):(this._y=0,this._z=Math.atan2(l,r));break;case"ZYX":this._y=Math.asin(-Ft(u,-1,1)),Math.abs(u)<.9999999?(this._x=Math.atan2(d,f),this._z=Math.atan2(l,r)):(this._x=0,this._z=Math.atan2(-o,c));break;case"YZX":this._z=Math.asin(Ft(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-h,c),this._y=Math.atan2(-u,r)):(this._x=0,this._y=Math.atan2(a,f));break;case"XZY":this._z=Math.asin(-Ft(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(d,c),this._y=Math.atan2(a,r)):(this._x=Math.atan2(-h,f),this._y=0);break;default:Rt("Euler: .setFromRotationMatrix() encountered an unknown order: "+e)}return this._order=e,n===!0&&this._onChangeCallback(),this}setFromQuaternion(t,e,n){return mf.makeRotationFromQuaternion(t),this.setFromRotationMatrix(mf,e,n)}setFromVector3(t,e=this._order){return this.set(t.x,t.y,t.z,e)}reorder(t){return gf.setFromEuler(this),this.setFromQuaternion(gf,t)}equals(t){return t._x===this._x&&t._y===this._y&&t._z===this._z&&t._order===this._order}fromArray(t){return this._x=t[0],this._y=t[1],this._z=t[2],t[3]!==void 0&&(this._order=t[3]),this._onChangeCallback(),this}toArray(t=[],e=0){return t[e]=this._x,t[e+1]=this._y,t[e+2]=this._z,t[e+3]=this._order,t}_onChange(t){return this._onChangeCallback=t,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};Si.DEFAULT_ORDER="XYZ";var qs=class{constructor(){this.mask=1}set(t){this.mask=(1<<t|0)>>>0}enable(t){this.mask|=1<<t|0}enableAll(){this.mask=-1}toggle(t){this.mask^=1<<t|0}disable(t){this.mask&=~(1<<t|0)}disableAll(){this.mask=0}test(t){return(this.mask&t.mask)!==0}isEnabled(t){return(this.mask&(1<<t|0))!==0}},c_=0,_f=new R,Ss=new Tn,mi=new It,fa=new R,Pr=new R,h_=new R,u_=new Tn,xf=new R(1,0,0),yf=new R(0,1,0),vf=new R(0,0,1),bf={type:"added"},d_={type:"removed"},Ms={type:"childadded",child:null},Ch={type:"childremoved",child:null},we=class s extends qn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:c_++}),this.uuid=Xi(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=s.DEFAULT_UP.clone();let t=new R,e=new Si,n=new Tn,i=new R(1,1,1);function r(){n.setFromEuler(e,!1)}function o(){e.setFromQuaternion(n,void 0,!1)}e._onChange(r),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:t},rotation:{configurable:!0,enumerable:!0,value:e},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:i},modelViewMatrix:{value:new It},normalMatrix:{value:new Ot}}),this.matrix=new It,this.matrixWorld=new It,this.matrixAutoUpdate=s.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=s.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new qs,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(t){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(t),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(t){return this.quaternion.premultiply(t),this}setRotationFromAxisAngle(t,e){this.quaternion.setFromAxisAngle(t,e)}setRotationFromEuler(t){this.quaternion.setFromEuler(t,!0)}setRotationFromMatrix(t){this.quaternion.setFromRotationMatrix(t)}setRotationFromQuaternion(t){this.quaternion.copy(t)}rotateOnAxis(t,e){return Ss.setFromAxisAngle(t,e),this.quaternion.multiply(Ss),this}rotateOnWorldAxis(t,e){return Ss.setFromAxisAngle(t,e),this.quaternion.premultiply(Ss),this}rotateX(t){return this.rotateOnAxis(xf,t)}rotateY(t){return this.rotateOnAxis(yf,t)}rotateZ(t){return this.rotateOnAxis(vf,t)}translateOnAxis(t,e){return _f.copy(t).applyQuaternion(this.quaternion),this.position.add(_f.multiplyScalar(e)),this}translateX(t){return this.translateOnAxis(xf,t)}translateY(t){return this.translateOnAxis(yf,t)}translateZ(t){return this.translateOnAxis(vf,t)}localToWorld(t){return this.updateWorldMatrix(!0,!1),t.applyMatrix4(this.matrixWorld)}worldToLocal(t){return this.updateWorldMatrix(!0,!1),t.applyMatrix4(mi.copy(this.matrixWorld).invert())}lookAt(t,e,n){t.isVector3?fa.copy(t):fa.set(t,e,n);let i=this.parent;this.updateWorldMatrix(!0,!1),Pr.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?mi.lookAt(Pr,fa,this.up):mi.lookAt(fa,Pr,this.up),this.quaternion.setFromRotationMatrix(mi),i&&(mi.extractRotation(i.matrixWorld),Ss.setFromRotationMatrix(mi),this.quaternion.premultiply(Ss.invert()))}add(t){if(arguments.length>1){for(let e=0;e<arguments.length;e++)this.add(arguments[e]);return this}return t===this?(Lt("Object3D.add: object can't be added as a child of itself.",t),this):(t&&t.isObject3D?(t.removeFromParent(),t.parent=this,this.children.push(t),t.dispatchEvent(bf),Ms.child=t,this.dispatchEvent(Ms),Ms.child=null):Lt("Object3D.add: object not an instance of THREE.Object3D.",t),this)}remove(t){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let e=this.children.indexOf(t);return e!==-1&&(t.parent=null,this.children.splice(e,1),t.dispatchEvent(d_),Ch.child=t,this.dispatchEvent(Ch),Ch.child=null),this}removeFromParent(){let t=this.parent;return t!==null&&t.remove(this),this}clear(){return this.remove(...this.children)}attach(t){return this.updateWorldMatrix(!0,!1),mi.copy(this.matrixWorld).invert(),t.parent!==null&&(t.parent.updateWorldMatrix(!0,!1),mi.multiply(t.parent.matrixWorld)),t.applyMatrix4(mi),t.removeFromParent(),t.parent=this,this.children.push(t),t.updateWorldMatrix(!1,!0),t.dispatchEvent(bf),Ms.child=t,this.dispatchEvent(Ms),Ms.child=null,this}getObjectById(t){return this.getObjectByProperty("id",t)}getObjectByName(t){return this.getObjectByProperty("name",t)}getObjectByProperty(t,e){if(this[t]===e)return this;for(let n=0,i=this.children.length;n<i;n++){let o=this.children[n].getObjectByProperty(t,e);if(o!==void 0)return o}}getObjectsByProperty(t,e,n=[]){this[t]===e&&n.push(this);let i=this.children;for(let r=0,o=i.length;r<o;r++)i[r].getObjectsByProperty(t,e,n);return n}getWorldPosition(t){return this.updateWorldMatrix(!0,!1),t.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(t){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Pr,t,h_),t}getWorldScale(t){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Pr,u_,t),t}getWorldDirection(t){this.updateWorldMatrix(!0,!1);let e=this.matrixWorld.elements;return t.set(e[8],e[9],e[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(t){t(this);let e=this.children;for(let n=0,i=e.length;n<i;n++)e[n].traverse(t)}traverseVisible(t){if(this.visible===!1)return;t(this);let e=this.children;for(let n=0,i=e.length;n<i;n++)e[n].traverseVisible(t)}traverseAncestors(t){let e=this.parent;e!==null&&(t(e),e.traverseAncestors(t))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let t=this.pivot;if(t!==null){let e=t.x,n=t.y,i=t.z,r=this.matrix.elements;r[12]+=e-r[0]*e-r[4]*n-r[8]*i,r[13]+=n-r[1]*e-r[5]*n-r[9]*i,r[14]+=i-r[2]*e-r[6]*n-r[10]*i}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(t){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||t)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,t=!0);let e=this.children;for(let n=0,i=e.length;n<i;n++)e[n].updateMatrixWorld(t)}updateWorldMatrix(t,e,n=!1){let i=this.parent;if(t===!0&&i!==null&&i.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),e===!0){let r=this.children;for(let o=0,a=r.length;o<a;o++)r[o].updateWorldMatrix(!1,!0,n)}}toJSON(t){let e=t===void 0||typeof t=="string",n={};e&&(t={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let i={};i.uuid=this.uuid,i.type=this.type,i.name=this.name,i.castShadow=this.castShadow,i.receiveShadow=this.receiveShadow,i.visible=this.visible,i.frustumCulled=this.frustumCulled,i.renderOrder=this.renderOrder,i.static=this.static,i.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(i.userData=this.userData),i.layers=this.layers.mask,i.matrix=this.matrix.toArray(),i.up=this.up.toArray(),this.pivot!==null&&(i.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(i.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(i.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(i.type="InstancedMesh",i.count=this.count,i.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(i.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(i.type="BatchedMesh",i.perObjectFrustumCulled=this.perObjectFrustumCulled,i.sortObjects=this.sortObjects,i.drawRanges=this._drawRanges,i.reservedRanges=this._reservedRanges,i.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),i.instanceInfo=this._instanceInfo.map(a=>({...a})),i.availableInstanceIds=this._availableInstanceIds.slice(),i.availableGeometryIds=this._availableGeometryIds.slice(),i.nextIndexStart=this._nextIndexStart,i.nextVertexStart=this._nextVertexStart,i.geometryCount=this._geometryCount,i.maxInstanceCount=this._maxInstanceCount,i.maxVertexCount=this._maxVertexCount,i.maxIndexCount=this._maxIndexCount,i.geometryInitialized=this._geometryInitialized,i.matricesTexture=this._matricesTexture.toJSON(t),i.indirectTexture=this._indirectTexture.toJSON(t),this._colorsTexture!==null&&(i.colorsTexture=this._colorsTexture.toJSON(t)),this.boundingSphere!==null&&(i.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(i.boundingBox=this.boundingBox.toJSON()));function r(a,l){return a[l.uuid]===void 0&&(a[l.uuid]=l.toJSON(t)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?i.background=this.background.toJSON():this.background.isTexture&&(i.background=this.background.toJSON(t).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(i.environment=this.environment.toJSON(t).uuid);else if(this.isMesh||this.isLine||this.isPoints){i.geometry=r(t.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let l=a.shapes;if(Array.isArray(l))for(let c=0,h=l.length;c<h;c++){let u=l[c];r(t.shapes,u)}else r(t.shapes,l)}}if(this.isSkinnedMesh&&(i.bindMode=this.bindMode,i.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(r(t.skeletons,this.skeleton),i.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let l=0,c=this.material.length;l<c;l++)a.push(r(t.materials,this.material[l]));i.material=a}else i.material=r(t.materials,this.material);if(this.children.length>0){i.children=[];for(let a=0;a<this.children.length;a++)i.children.push(this.children[a].toJSON(t).object)}if(this.animations.length>0){i.animations=[];for(let a=0;a<this.animations.length;a++){let l=this.animations[a];i.animations.push(r(t.animations,l))}}if(e){let a=o(t.geometries),l=o(t.materials),c=o(t.textures),h=o(t.images),u=o(t.shapes),d=o(t.skeletons),f=o(t.animations),p=o(t.nodes);a.length>0&&(n.geometries=a),l.length>0&&(n.materials=l),c.length>0&&(n.textures=c),h.length>0&&(n.images=h),u.length>0&&(n.shapes=u),d.length>0&&(n.skeletons=d),f.length>0&&(n.animations=f),p.length>0&&(n.nodes=p)}return n.object=i,n;function o(a){let l=[];for(let c in a){let h=a[c];delete h.metadata,l.push(h)}return l}}clone(t){return new this.constructor().copy(this,t)}copy(t,e=!0){if(this.name=t.name,this.up.copy(t.up),this.position.copy(t.position),this.rotation.order=t.rotation.order,this.quaternion.copy(t.quaternion),this.scale.copy(t.scale),this.pivot=t.pivot!==null?t.pivot.clone():null,this.matrix.copy(t.matrix),this.matrixWorld.copy(t.matrixWorld),this.matrixAutoUpdate=t.matrixAutoUpdate,this.matrixWorldAutoUpdate=t.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=t.matrixWorldNeedsUpdate,this.layers.mask=t.layers.mask,this.visible=t.visible,this.castShadow=t.castShadow,this.receiveShadow=t.receiveShadow,this.frustumCulled=t.frustumCulled,this.renderOrder=t.renderOrder,this.static=t.static,this.animations=t.animations.slice(),this.userData=JSON.parse(JSON.stringify(t.userData)),e===!0)for(let n=0;n<t.children.length;n++){let i=t.children[n];this.add(i.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};we.DEFAULT_UP=new R(0,1,0);we.DEFAULT_MATRIX_AUTO_UPDATE=!0;we.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var Pe=class extends we{constructor(){super(),this.isGroup=!0,this.type="Group"}},f_={type:"move"},Ys=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new Pe,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new Pe,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new R,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new R),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new Pe,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new R,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new R,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(t){return this._targetRay!==null&&this._targetRay.dispatchEvent(t),this._grip!==null&&this._grip.dispatchEvent(t),this._hand!==null&&this._hand.dispatchEvent(t),this}connect(t){if(t&&t.hand){let e=this._hand;if(e)for(let n of t.hand.values())this._getHandJoint(e,n)}return this.dispatchEvent({type:"connected",data:t}),this}disconnect(t){return this.dispatchEvent({type:"disconnected",data:t}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(t,e,n){let i=null,r=null,o=null,a=this._targetRay,l=this._grip,c=this._hand;if(t&&e.session.visibilityState!=="visible-blurred"){if(c&&t.hand){o=!0;for(let y of t.hand.values()){let g=e.getJointPose(y,n),m=this._getHandJoint(c,y);g!==null&&(m.matrix.fromArray(g.transform.matrix),m.matrix.decompose(m.position,m.quaternion,m.scale),m.matrixWorldNeedsUpdate=!0,m.jointRadius=g.radius),m.visible=g!==null}let h=c.joints["index-finger-tip"],u=c.joints["thumb-tip"],d=h.position.distanceTo(u.position),f=.02,p=.005;c.inputState.pinching&&d>f+p?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:t.handedness,target:this})):!c.inputState.pinching&&d<=f-p&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:t.handedness,target:this}))}else l!==null&&t.gripSpace&&(r=e.getPose(t.gripSpace,n),r!==null&&(l.matrix.fromArray(r.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,r.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(r.linearVelocity)):l.hasLinearVelocity=!1,r.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(r.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:t,target:this})));a!==null&&(i=e.getPose(t.targetRaySpace,n),i===null&&r!==null&&(i=r),i!==null&&(a.matrix.fromArray(i.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,i.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(i.linearVelocity)):a.hasLinearVelocity=!1,i.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(i.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(f_)))}return a!==null&&(a.visible=i!==null),l!==null&&(l.visible=r!==null),c!==null&&(c.visible=o!==null),this}_getHandJoint(t,e){if(t.joints[e.jointName]===void 0){let n=new Pe;n.matrixAutoUpdate=!1,n.visible=!1,t.joints[e.jointName]=n,t.add(n)}return t.joints[e.jointName]}},Up={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Ni={h:0,s:0,l:0},pa={h:0,s:0,l:0};function Ph(s,t,e){return e<0&&(e+=1),e>1&&(e-=1),e<1/6?s+(t-s)*6*e:e<1/2?t:e<2/3?s+(t-s)*6*(2/3-e):s}var Nt=class{constructor(t,e,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(t,e,n)}set(t,e,n){if(e===void 0&&n===void 0){let i=t;i&&i.isColor?this.copy(i):typeof i=="number"?this.setHex(i):typeof i=="string"&&this.setStyle(i)}else this.setRGB(t,e,n);return this}setScalar(t){return this.r=t,this.g=t,this.b=t,this}setHex(t,e=Be){return t=Math.floor(t),this.r=(t>>16&255)/255,this.g=(t>>8&255)/255,this.b=(t&255)/255,Xt.colorSpaceToWorking(this,e),this}setRGB(t,e,n,i=Xt.workingColorSpace){return this.r=t,this.g=e,this.b=n,Xt.colorSpaceToWorking(this,i),this}setHSL(t,e,n,i=Xt.workingColorSpace){if(t=Uu(t,1),e=Ft(e,0,1),n=Ft(n,0,1),e===0)this.r=this.g=this.b=n;else{let r=n<=.5?n*(1+e):n+e-n*e,o=2*n-r;this.r=Ph(o,r,t+1/3),this.g=Ph(o,r,t),this.b=Ph(o,r,t-1/3)}return Xt.colorSpaceToWorking(this,i),this}setStyle(t,e=Be){function n(r){r!==void 0&&parseFloat(r)<1&&Rt("Color: Alpha component of "+t+" will be ignored.")}let i;if(i=/^(\w+)\(([^\)]*)\)/.exec(t)){let r,o=i[1],a=i[2];switch(o){case"rgb":case"rgba":if(r=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(255,parseInt(r[1],10))/255,Math.min(255,parseInt(r[2],10))/255,Math.min(255,parseInt(r[3],10))/255,e);if(r=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(100,parseFloat(r[1]))/100,Math.min(100,parseFloat(r[2]))/100,Math.min(100,parseFloat(r[3]))/100,e);break;case"hsl":case"hsla":if(r=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setHSL(parseFloat(r[1])/360,parseFloat(r[2])/100,parseFloat(r[3])/100,e);break;default:Rt("Color: Unknown color model "+t)}}else if(i=/^\#([A-Fa-f\d]+)$/.exec(t)){let r=i[1],o=r.length;if(o===3)return this.setRGB(parseInt(r.charAt(0),16)/15,parseInt(r.charAt(1),16)/15,parseInt(r.charAt(2),16)/15,e);if(o===6)return this.setHex(parseInt(r,16),e);Rt("Color: Invalid hex color "+t)}else if(t&&t.length>0)return this.setColorName(t,e);return this}setColorName(t,e=Be){let n=Up[t.toLowerCase()];return n!==void 0?this.setHex(n,e):Rt("Color: Unknown color "+t),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(t){return this.r=t.r,this.g=t.g,this.b=t.b,this}copySRGBToLinear(t){return this.r=vi(t.r),this.g=vi(t.g),this.b=vi(t.b),this}copyLinearToSRGB(t){return this.r=zs(t.r),this.g=zs(t.g),this.b=zs(t.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(t=Be){return Xt.workingToColorSpace(Qe.copy(this),t),Math.round(Ft(Qe.r*255,0,255))*65536+Math.round(Ft(Qe.g*255,0,255))*256+Math.round(Ft(Qe.b*255,0,255))}getHexString(t=Be){return("000000"+this.getHex(t).toString(16)).slice(-6)}getHSL(t,e=Xt.workingColorSpace){Xt.workingToColorSpace(Qe.copy(this),e);let n=Qe.r,i=Qe.g,r=Qe.b,o=Math.max(n,i,r),a=Math.min(n,i,r),l,c,h=(a+o)/2;if(a===o)l=0,c=0;else{let u=o-a;switch(c=h<=.5?u/(o+a):u/(2-o-a),o){case n:l=(i-r)/u+(i<r?6:0);break;case i:l=(r-n)/u+2;break;case r:l=(n-i)/u+4;break}l/=6}return t.h=l,t.s=c,t.l=h,t}getRGB(t,e=Xt.workingColorSpace){return Xt.workingToColorSpace(Qe.copy(this),e),t.r=Qe.r,t.g=Qe.g,t.b=Qe.b,t}getStyle(t=Be){Xt.workingToColorSpace(Qe.copy(this),t);let e=Qe.r,n=Qe.g,i=Qe.b;return t!==Be?`color(${t} ${e.toFixed(3)} ${n.toFixed(3)} ${i.toFixed(3)})`:`rgb(${Math.round(e*255)},${Math.round(n*255)},${Math.round(i*255)})`}offsetHSL(t,e,n){return this.getHSL(Ni),this.setHSL(Ni.h+t,Ni.s+e,Ni.l+n)}add(t){return this.r+=t.r,this.g+=t.g,this.b+=t.b,this}addColors(t,e){return this.r=t.r+e.r,this.g=t.g+e.g,this.b=t.b+e.b,this}addScalar(t){return this.r+=t,this.g+=t,this.b+=t,this}sub(t){return this.r=Math.max(0,this.r-t.r),this.g=Math.max(0,this.g-t.g),this.b=Math.max(0,this.b-t.b),this}multiply(t){return this.r*=t.r,this.g*=t.g,this.b*=t.b,this}multiplyScalar(t){return this.r*=t,this.g*=t,this.b*=t,this}lerp(t,e){return this.r+=(t.r-this.r)*e,this.g+=(t.g-this.g)*e,this.b+=(t.b-this.b)*e,this}lerpColors(t,e,n){return this.r=t.r+(e.r-t.r)*n,this.g=t.g+(e.g-t.g)*n,this.b=t.b+(e.b-t.b)*n,this}lerpHSL(t,e){this.getHSL(Ni),t.getHSL(pa);let n=Vr(Ni.h,pa.h,e),i=Vr(Ni.s,pa.s,e),r=Vr(Ni.l,pa.l,e);return this.setHSL(n,i,r),this}setFromVector3(t){return this.r=t.x,this.g=t.y,this.b=t.z,this}applyMatrix3(t){let e=this.r,n=this.g,i=this.b,r=t.elements;return this.r=r[0]*e+r[3]*n+r[6]*i,this.g=r[1]*e+r[4]*n+r[7]*i,this.b=r[2]*e+r[5]*n+r[8]*i,this}equals(t){return t.r===this.r&&t.g===this.g&&t.b===this.b}fromArray(t,e=0){return this.r=t[e],this.g=t[e+1],this.b=t[e+2],this}toArray(t=[],e=0){return t[e]=this.r,t[e+1]=this.g,t[e+2]=this.b,t}fromBufferAttribute(t,e){return this.r=t.getX(e),this.g=t.getY(e),this.b=t.getZ(e),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Qe=new Nt;Nt.NAMES=Up;var os=class extends we{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new Si,this.environmentIntensity=1,this.environmentRotation=new Si,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(t,e){return super.copy(t,e),this.background=t.background!==null?t.background.clone():null,this.environment=t.environment!==null?t.environment.clone():null,this.fog=t.fog!==null?t.fog.clone():null,this.backgroundBlurriness=t.backgroundBlurriness,this.backgroundIntensity=t.backgroundIntensity,this.backgroundRotation.copy(t.backgroundRotation),this.environmentIntensity=t.environmentIntensity,this.environmentRotation.copy(t.environmentRotation),this.overrideMaterial=t.overrideMaterial!==null?t.overrideMaterial.clone():null,this.matrixAutoUpdate=t.matrixAutoUpdate,this}toJSON(t){let e=super.toJSON(t);return this.fog!==null&&(e.object.fog=this.fog.toJSON()),e.object.backgroundBlurriness=this.backgroundBlurriness,e.object.backgroundIntensity=this.backgroundIntensity,e.object.backgroundRotation=this.backgroundRotation.toArray(),e.object.environmentIntensity=this.environmentIntensity,e.object.environmentRotation=this.environmentRotation.toArray(),e}},Wn=new R,gi=new R,Ih=new R,_i=new R,ws=new R,Es=new R,Sf=new R,Lh=new R,Dh=new R,Nh=new R,Uh=new xe,Fh=new xe,Oh=new xe,Ge=class s{constructor(t=new R,e=new R,n=new R){this.a=t,this.b=e,this.c=n}static getNormal(t,e,n,i){i.subVectors(n,e),Wn.subVectors(t,e),i.cross(Wn);let r=i.lengthSq();return r>0?i.multiplyScalar(1/Math.sqrt(r)):i.set(0,0,0)}static getBarycoord(t,e,n,i,r){Wn.subVectors(i,e),gi.subVectors(n,e),Ih.subVectors(t,e);let o=Wn.dot(Wn),a=Wn.dot(gi),l=Wn.dot(Ih),c=gi.dot(gi),h=gi.dot(Ih),u=o*c-a*a;if(u===0)return r.set(0,0,0),null;let d=1/u,f=(c*l-a*h)*d,p=(o*h-a*l)*d;return r.set(1-f-p,p,f)}static containsPoint(t,e,n,i){return this.getBarycoord(t,e,n,i,_i)===null?!1:_i.x>=0&&_i.y>=0&&_i.x+_i.y<=1}static getInterpolation(t,e,n,i,r,o,a,l){return this.getBarycoord(t,e,n,i,_i)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(r,_i.x),l.addScaledVector(o,_i.y),l.addScaledVector(a,_i.z),l)}static getInterpolatedAttribute(t,e,n,i,r,o){return Uh.setScalar(0),Fh.setScalar(0),Oh.setScalar(0),Uh.fromBufferAttribute(t,e),Fh.fromBufferAttribute(t,n),Oh.fromBufferAttribute(t,i),o.setScalar(0),o.addScaledVector(Uh,r.x),o.addScaledVector(Fh,r.y),o.addScaledVector(Oh,r.z),o}static isFrontFacing(t,e,n,i){return Wn.subVectors(n,e),gi.subVectors(t,e),Wn.cross(gi).dot(i)<0}set(t,e,n){return this.a.copy(t),this.b.copy(e),this.c.copy(n),this}setFromPointsAndIndices(t,e,n,i){return this.a.copy(t[e]),this.b.copy(t[n]),this.c.copy(t[i]),this}setFromAttributeAndIndices(t,e,n,i){return this.a.fromBufferAttribute(t,e),this.b.fromBufferAttribute(t,n),this.c.fromBufferAttribute(t,i),this}clone(){return new this.constructor().copy(this)}copy(t){return this.a.copy(t.a),this.b.copy(t.b),this.c.copy(t.c),this}getArea(){return Wn.subVectors(this.c,this.b),gi.subVectors(this.a,this.b),Wn.cross(gi).length()*.5}getMidpoint(t){return t.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(t){return s.getNormal(this.a,this.b,this.c,t)}getPlane(t){return t.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(t,e){return s.getBarycoord(t,this.a,this.b,this.c,e)}getInterpolation(t,e,n,i,r){return s.getInterpolation(t,this.a,this.b,this.c,e,n,i,r)}containsPoint(t){return s.containsPoint(t,this.a,this.b,this.c)}isFrontFacing(t){return s.isFrontFacing(this.a,this.b,this.c,t)}intersectsBox(t){return t.intersectsTriangle(this)}closestPointToPoint(t,e){let n=this.a,i=this.b,r=this.c,o,a;ws.subVectors(i,n),Es.subVectors(r,n),Lh.subVectors(t,n);let l=ws.dot(Lh),c=Es.dot(Lh);if(l<=0&&c<=0)return e.copy(n);Dh.subVectors(t,i);let h=ws.dot(Dh),u=Es.dot(Dh);if(h>=0&&u<=h)return e.copy(i);let d=l*u-h*c;if(d<=0&&l>=0&&h<=0&&l-h>0)return o=l/(l-h),e.copy(n).addScaledVector(ws,o);Nh.subVectors(t,r);let f=ws.dot(Nh),p=Es.dot(Nh);if(p>=0&&f<=p)return e.copy(r);let y=f*c-l*p;if(y<=0&&c>=0&&p<=0)return a=c/(c-p),e.copy(n).addScaledVector(Es,a);let g=h*p-f*u;if(g<=0&&u-h>=0&&f-p>=0)return Sf.subVectors(r,i),a=(u-h)/(u-h+(f-p)),e.copy(i).addScaledVector(Sf,a);let m=1/(g+y+d);return o=y*m,a=d*m,e.copy(n).addScaledVector(ws,o).addScaledVector(Es,a)}equals(t){return t.a.equals(this.a)&&t.b.equals(this.b)&&t.c.equals(this.c)}},Qt=class{constructor(t=new R(1/0,1/0,1/0),e=new R(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=t,this.max=e}set(t,e){return this.min.copy(t),this.max.copy(e),this}setFromArray(t){this.makeEmpty();for(let e=0,n=t.length;e<n;e+=3)this.expandByPoint(Xn.fromArray(t,e));return this}setFromBufferAttribute(t){this.makeEmpty();for(let e=0,n=t.count;e<n;e++)this.expandByPoint(Xn.fromBufferAttribute(t,e));return this}setFromPoints(t){this.makeEmpty();for(let e=0,n=t.length;e<n;e++)this.expandByPoint(t[e]);return this}setFromCenterAndSize(t,e){let n=Xn.copy(e).multiplyScalar(.5);return this.min.copy(t).sub(n),this.max.copy(t).add(n),this}setFromObject(t,e=!1){return this.makeEmpty(),this.expandByObject(t,e)}clone(){return new this.constructor().copy(this)}copy(t){return this.min.copy(t.min),this.max.copy(t.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(t){return this.isEmpty()?t.set(0,0,0):t.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(t){return this.isEmpty()?t.set(0,0,0):t.subVectors(this.max,this.min)}expandByPoint(t){return this.min.min(t),this.max.max(t),this}expandByVector(t){return this.min.sub(t),this.max.add(t),this}expandByScalar(t){return this.min.addScalar(-t),this.max.addScalar(t),this}expandByObject(t,e=!1){t.updateWorldMatrix(!1,!1);let n=t.geometry;if(n!==void 0){let r=n.getAttribute("position");if(e===!0&&r!==void 0&&t.isInstancedMesh!==!0&&t.isBatchedMesh!==!0)for(let o=0,a=r.count;o<a;o++)t.isMesh===!0?t.getVertexPosition(o,Xn):Xn.fromBufferAttribute(r,o),Xn.applyMatrix4(t.matrixWorld),this.expandByPoint(Xn);else t.boundingBox!==void 0?(t.boundingBox===null&&t.computeBoundingBox(),ma.copy(t.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),ma.copy(n.boundingBox)),ma.applyMatrix4(t.matrixWorld),this.union(ma)}let i=t.children;for(let r=0,o=i.length;r<o;r++)this.expandByObject(i[r],e);return this}containsPoint(t){return t.x>=this.min.x&&t.x<=this.max.x&&t.y>=this.min.y&&t.y<=this.max.y&&t.z>=this.min.z&&t.z<=this.max.z}containsBox(t){return this.min.x<=t.min.x&&t.max.x<=this.max.x&&this.min.y<=t.min.y&&t.max.y<=this.max.y&&this.min.z<=t.min.z&&t.max.z<=this.max.z}getParameter(t,e){return e.set((t.x-this.min.x)/(this.max.x-this.min.x),(t.y-this.min.y)/(this.max.y-this.min.y),(t.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(t){return t.max.x>=this.min.x&&t.min.x<=this.max.x&&t.max.y>=this.min.y&&t.min.y<=this.max.y&&t.max.z>=this.min.z&&t.min.z<=this.max.z}intersectsSphere(t){return this.clampPoint(t.center,Xn),Xn.distanceToSquared(t.center)<=t.radius*t.radius}intersectsPlane(t){let e,n;return t.normal.x>0?(e=t.normal.x*this.min.x,n=t.normal.x*this.max.x):(e=t.normal.x*this.max.x,n=t.normal.x*this.min.x),t.normal.y>0?(e+=t.normal.y*this.min.y,n+=t.normal.y*this.max.y):(e+=t.normal.y*this.max.y,n+=t.normal.y*this.min.y),t.normal.z>0?(e+=t.normal.z*this.min.z,n+=t.normal.z*this.max.z):(e+=t.normal.z*this.max.z,n+=t.normal.z*this.min.z),e<=-t.constant&&n>=-t.constant}intersectsTriangle(t){if(this.isEmpty())return!1;this.getCenter(Ir),ga.subVectors(this.max,Ir),Ts.subVectors(t.a,Ir),As.subVectors(t.b,Ir),Rs.subVectors(t.c,Ir),Ui.subVectors(As,Ts),Fi.subVectors(Rs,As),es.subVectors(Ts,Rs);let e=[0,-Ui.z,Ui.y,0,-Fi.z,Fi.y,0,-es.z,es.y,Ui.z,0,-Ui.x,Fi.z,0,-Fi.x,es.z,0,-es.x,-Ui.y,Ui.x,0,-Fi.y,Fi.x,0,-es.y,es.x,0];return!Bh(e,Ts,As,Rs,ga)||(e=[1,0,0,0,1,0,0,0,1],!Bh(e,Ts,As,Rs,ga))?!1:(_a.crossVectors(Ui,Fi),e=[_a.x,_a.y,_a.z],Bh(e,Ts,As,Rs,ga))}clampPoint(t,e){return e.copy(t).clamp(this.min,this.max)}distanceToPoint(t){return this.clampPoint(t,Xn).distanceTo(t)}getBoundingSphere(t){return this.isEmpty()?t.makeEmpty():(this.getCenter(t.center),t.radius=this.getSize(Xn).length()*.5),t}intersect(t){return this.min.max(t.min),this.max.min(t.max),this.isEmpty()&&this.makeEmpty(),this}union(t){return this.min.min(t.min),this.max.max(t.max),this}applyMatrix4(t){return this.isEmpty()?this:(xi[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(t),xi[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(t),xi[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(t),xi[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(t),xi[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(t),xi[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(t),xi[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(t),xi[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(t),this.setFromPoints(xi),this)}translate(t){return this.min.add(t),this.max.add(t),this}equals(t){return t.min.equals(this.min)&&t.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(t){return this.min.fromArray(t.min),this.max.fromArray(t.max),this}},xi=[new R,new R,new R,new R,new R,new R,new R,new R],Xn=new R,ma=new Qt,Ts=new R,As=new R,Rs=new R,Ui=new R,Fi=new R,es=new R,Ir=new R,ga=new R,_a=new R,ns=new R;function Bh(s,t,e,n,i){for(let r=0,o=s.length-3;r<=o;r+=3){ns.fromArray(s,r);let a=i.x*Math.abs(ns.x)+i.y*Math.abs(ns.y)+i.z*Math.abs(ns.z),l=t.dot(ns),c=e.dot(ns),h=n.dot(ns);if(Math.max(-Math.max(l,c,h),Math.min(l,c,h))>a)return!1}return!0}var Ae=new R,xa=new st,p_=0,te=class extends qn{constructor(t,e,n=!1){if(super(),Array.isArray(t))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:p_++}),this.name="",this.array=t,this.itemSize=e,this.count=t!==void 0?t.length/e:0,this.normalized=n,this.usage=Du,this.updateRanges=[],this.gpuType=yn,this.version=0,this._normalizationScale=t!==void 0?_c(t):void 0}onUploadCallback(){}set needsUpdate(t){t===!0&&this.version++}setUsage(t){return this.usage=t,this}addUpdateRange(t,e){this.updateRanges.push({start:t,count:e})}clearUpdateRanges(){this.updateRanges.length=0}copy(t){return this.name=t.name,this.array=new t.array.constructor(t.array),this.itemSize=t.itemSize,this.count=t.count,this.normalized=t.normalized,this.usage=t.usage,this.gpuType=t.gpuType,this._normalizationScale=t._normalizationScale,this}copyAt(t,e,n){t*=this.itemSize,n*=e.itemSize;for(let i=0,r=this.itemSize;i<r;i++)this.array[t+i]=e.array[n+i];return this}copyArray(t){return this.array.set(t),this}applyMatrix3(t){if(this.itemSize===2)for(let e=0,n=this.count;e<n;e++)xa.fromBufferAttribute(this,e),xa.applyMatrix3(t),this.setXY(e,xa.x,xa.y);else if(this.itemSize===3)for(let e=0,n=this.count;e<n;e++)Ae.fromBufferAttribute(this,e),Ae.applyMatrix3(t),this.setXYZ(e,Ae.x,Ae.y,Ae.z);return this}applyMatrix4(t){for(let e=0,n=this.count;e<n;e++)Ae.fromBufferAttribute(this,e),Ae.applyMatrix4(t),this.setXYZ(e,Ae.x,Ae.y,Ae.z);return this}applyNormalMatrix(t){for(let e=0,n=this.count;e<n;e++)Ae.fromBufferAttribute(this,e),Ae.applyNormalMatrix(t),this.setXYZ(e,Ae.x,Ae.y,Ae.z);return this}transformDirection(t){for(let e=0,n=this.count;e<n;e++)Ae.fromBufferAttribute(this,e),Ae.transformDirection(t),this.setXYZ(e,Ae.x,Ae.y,Ae.z);return this}set(t,e=0){return this.array.set(t,e),this}getComponent(t,e){let n=this.array[t*this.itemSize+e];return this.normalized&&(n=this._denormalize(n)),n}setComponent(t,e,n){return this.normalized&&(n=this._normalize(n)),this.array[t*this.itemSize+e]=n,this}getX(t){let e=this.array[t*this.itemSize];return this.normalized&&(e=this._denormalize(e)),e}setX(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize]=e,this}getY(t){let e=this.array[t*this.itemSize+1];return this.normalized&&(e=this._denormalize(e)),e}setY(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize+1]=e,this}getZ(t){let e=this.array[t*this.itemSize+2];return this.normalized&&(e=this._denormalize(e)),e}setZ(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize+2]=e,this}getW(t){let e=this.array[t*this.itemSize+3];return this.normalized&&(e=this._denormalize(e)),e}setW(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize+3]=e,this}setXY(t,e,n){return t*=this.itemSize,this.normalized&&(e=this._normalize(e),n=this._normalize(n)),this.array[t+0]=e,this.array[t+1]=n,this}setXYZ(t,e,n,i){return t*=this.itemSize,this.normalized&&(e=this._normalize(e),n=this._normalize(n),i=this._normalize(i)),this.array[t+0]=e,this.array[t+1]=n,this.array[t+2]=i,this}setXYZW(t,e,n,i,r){return t*=this.itemSize,this.normalized&&(e=this._normalize(e),n=this._normalize(n),i=this._normalize(i),r=this._normalize(r)),this.array[t+0]=e,this.array[t+1]=n,this.array[t+2]=i,this.array[t+3]=r,this}onUpload(t){return this.onUploadCallback=t,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let t={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return t.name=this.name,t.usage=this.usage,t.gpuType=this.gpuType,t}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(t){let e=this._normalizationScale;return e!==void 0?Math.max(t/e,-1):Ou(t,this.array)}_normalize(t){let e=this._normalizationScale;return e!==void 0?Math.round(t*e):Bu(t,this.array)}};var Kr=class extends te{constructor(t,e,n){super(new Uint16Array(t),e,n)}};var jr=class extends te{constructor(t,e,n){super(new Uint32Array(t),e,n)}};var _e=class extends te{constructor(t,e,n){super(new Float32Array(t),e,n)}},m_=new Qt,Lr=new R,kh=new R,en=class{constructor(t=new R,e=-1){this.isSphere=!0,this.center=t,this.radius=e}set(t,e){return this.center.copy(t),this.radius=e,this}setFromPoints(t,e){let n=this.center;e!==void 0?n.copy(e):m_.setFromPoints(t).getCenter(n);let i=0;for(let r=0,o=t.length;r<o;r++)i=Math.max(i,n.distanceToSquared(t[r]));return this.radius=Math.sqrt(i),this}copy(t){return this.center.copy(t.center),this.radius=t.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(t){return t.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(t){return t.distanceTo(this.center)-this.radius}intersectsSphere(t){let e=this.radius+t.radius;return t.center.distanceToSquared(this.center)<=e*e}intersectsBox(t){return t.intersectsSphere(this)}intersectsPlane(t){return Math.abs(t.distanceToPoint(this.center))<=this.radius}clampPoint(t,e){let n=this.center.distanceToSquared(t);return e.copy(t),n>this.radius*this.radius&&(e.sub(this.center).normalize(),e.multiplyScalar(this.radius).add(this.center)),e}getBoundingBox(t){return this.isEmpty()?(t.makeEmpty(),t):(t.set(this.center,this.center),t.expandByScalar(this.radius),t)}applyMatrix4(t){return this.center.applyMatrix4(t),this.radius=this.radius*t.getMaxScaleOnAxis(),this}translate(t){return this.center.add(t),this}expandByPoint(t){if(this.isEmpty())return this.center.copy(t),this.radius=0,this;Lr.subVectors(t,this.center);let e=Lr.lengthSq();if(e>this.radius*this.radius){let n=Math.sqrt(e),i=(n-this.radius)*.5;this.center.addScaledVector(Lr,i/n),this.radius+=i}return this}union(t){return t.isEmpty()?this:this.isEmpty()?(this.copy(t),this):(this.center.equals(t.center)===!0?this.radius=Math.max(this.radius,t.radius):(kh.subVectors(t.center,this.center).setLength(t.radius),this.expandByPoint(Lr.copy(t.center).add(kh)),this.expandByPoint(Lr.copy(t.center).sub(kh))),this)}equals(t){return t.center.equals(this.center)&&t.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(t){return this.radius=t.radius,this.center.fromArray(t.center),this}},g_=0,Un=new It,zh=new we,Cs=new R,wn=new Qt,Dr=new Qt,Oe=new R,ye=class s extends qn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:g_++}),this.uuid=Xi(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(t){return Array.isArray(t)?this.index=new(Hg(t)?jr:Kr)(t,1):this.index=t,this}setIndirect(t,e=0){return this.indirect=t,this.indirectOffset=e,this}getIndirect(){return this.indirect}getAttribute(t){return this.attributes[t]}setAttribute(t,e){return this.attributes[t]=e,this}deleteAttribute(t){return delete this.attributes[t],this}hasAttribute(t){return this.attributes[t]!==void 0}addGroup(t,e,n=0){this.groups.push({start:t,count:e,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(t,e){this.drawRange.start=t,this.drawRange.count=e}applyMatrix4(t){let e=this.attributes.position;e!==void 0&&(e.applyMatrix4(t),e.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let r=new Ot().getNormalMatrix(t);n.applyNormalMatrix(r),n.needsUpdate=!0}let i=this.attributes.tangent;return i!==void 0&&(i.transformDirection(t),i.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(t){return Un.makeRotationFromQuaternion(t),this.applyMatrix4(Un),this}rotateX(t){return Un.makeRotationX(t),this.applyMatrix4(Un),this}rotateY(t){return Un.makeRotationY(t),this.applyMatrix4(Un),this}rotateZ(t){return Un.makeRotationZ(t),this.applyMatrix4(Un),this}translate(t,e,n){return Un.makeTranslation(t,e,n),this.applyMatrix4(Un),this}scale(t,e,n){return Un.makeScale(t,e,n),this.applyMatrix4(Un),this}lookAt(t){return zh.lookAt(t),zh.updateMatrix(),this.applyMatrix4(zh.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Cs).negate(),this.translate(Cs.x,Cs.y,Cs.z),this}setFromPoints(t){let e=this.getAttribute("position");if(e===void 0){let n=[];for(let i=0,r=t.length;i<r;i++){let o=t[i];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new _e(n,3))}else{let n=Math.min(t.length,e.count);for(let i=0;i<n;i++){let r=t[i];e.setXYZ(i,r.x,r.y,r.z||0)}t.length>e.count&&Rt("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),e.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Qt);let t=this.attributes.position,e=this.morphAttributes.position;if(t&&t.isGLBufferAttribute){Lt("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new R(-1/0,-1/0,-1/0),new R(1/0,1/0,1/0));return}if(t!==void 0){if(this.boundingBox.setFromBufferAttribute(t),e)for(let n=0,i=e.length;n<i;n++){let r=e[n];wn.setFromBufferAttribute(r),this.morphTargetsRelative?(Oe.addVectors(this.boundingBox.min,wn.min),this.boundingBox.expandByPoint(Oe),Oe.addVectors(this.boundingBox.max,wn.max),this.boundingBox.expandByPoint(Oe)):(this.boundingBox.expandByPoint(wn.min),this.boundingBox.expandByPoint(wn.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Lt('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new en);let t=this.attributes.position,e=this.morphAttributes.position;if(t&&t.isGLBufferAttribute){Lt("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new R,1/0);return}if(t){let n=this.boundingSphere.center;if(wn.setFromBufferAttribute(t),e)for(let r=0,o=e.length;r<o;r++){let a=e[r];Dr.setFromBufferAttribute(a),this.morphTargetsRelative?(Oe.addVectors(wn.min,Dr.min),wn.expandByPoint(Oe),Oe.addVectors(wn.max,Dr.max),wn.expandByPoint(Oe)):(wn.expandByPoint(Dr.min),wn.expandByPoint(Dr.max))}wn.getCenter(n);let i=0;for(let r=0,o=t.count;r<o;r++)Oe.fromBufferAttribute(t,r),i=Math.max(i,n.distanceToSquared(Oe));if(e)for(let r=0,o=e.length;r<o;r++){let a=e[r],l=this.morphTargetsRelative;for(let c=0,h=a.count;c<h;c++)Oe.fromBufferAttribute(a,c),l&&(Cs.fromBufferAttribute(t,c),Oe.add(Cs)),i=Math.max(i,n.distanceToSquared(Oe))}this.boundingSphere.radius=Math.sqrt(i),isNaN(this.boundingSphere.radius)&&Lt('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let t=this.index,e=this.attributes;if(t===null||e.position===void 0||e.normal===void 0||e.uv===void 0){Lt("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=e.position,i=e.normal,r=e.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new te(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let a=[],l=[],c=new Uint8Array(n.count);for(let I=0;I<n.count;I++)a[I]=new R,l[I]=new R;let h=new R,u=new R,d=new R,f=new st,p=new st,y=new st,g=new R,m=new R;function x(I,A,P){c[I]=c[A]=c[P]=1,h.fromBufferAttribute(n,I),u.fromBufferAttribute(n,A),d.fromBufferAttribute(n,P),f.fromBufferAttribute(r,I),p.fromBufferAttribute(r,A),y.fromBufferAttribute(r,P),u.sub(h),d.sub(h),p.sub(f),y.sub(f);let L=1/(p.x*y.y-y.x*p.y);isFinite(L)&&(g.copy(u).multiplyScalar(y.y).addScaledVector(d,-p.y).multiplyScalar(L),m.copy(d).multiplyScalar(p.x).addScaledVector(u,-y.x).multiplyScalar(L),a[I].add(g),a[A].add(g),a[P].add(g),l[I].add(m),l[A].add(m),l[P].add(m))}let b=this.groups;b.length===0&&(b=[{start:0,count:t.count}]);for(let I=0,A=b.length;I<A;++I){let P=b[I],L=P.start,F=P.count;for(let D=L,k=L+F;D<k;D+=3)x(t.getX(D+0),t.getX(D+1),t.getX(D+2))}let v=new R,S=new R,E=new R,_=new R;function M(I){E.fromBufferAttribute(i,I),_.copy(E);let A=a[I];v.copy(A),v.sub(E.multiplyScalar(E.dot(A))).normalize(),S.crossVectors(_,A);let L=S.dot(l[I])<0?-1:1;o.setXYZW(I,v.x,v.y,v.z,L)}for(let I=0,A=n.count;I<A;++I)c[I]&&M(I);this._transformed=!0}computeVertexNormals(){let t=this.index,e=this.getAttribute("position");if(e!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==e.count)n=new te(new Float32Array(e.count*3),3),this.setAttribute("normal",n);else for(let d=0,f=n.count;d<f;d++)n.setXYZ(d,0,0,0);let i=new R,r=new R,o=new R,a=new R,l=new R,c=new R,h=new R,u=new R;if(t)for(let d=0,f=t.count;d<f;d+=3){let p=t.getX(d+0),y=t.getX(d+1),g=t.getX(d+2);i.fromBufferAttribute(e,p),r.fromBufferAttribute(e,y),o.fromBufferAttribute(e,g),h.subVectors(o,r),u.subVectors(i,r),h.cross(u),a.fromBufferAttribute(n,p),l.fromBufferAttribute(n,y),c.fromBufferAttribute(n,g),a.add(h),l.add(h),c.add(h),n.setXYZ(p,a.x,a.y,a.z),n.setXYZ(y,l.x,l.y,l.z),n.setXYZ(g,c.x,c.y,c.z)}else for(let d=0,f=e.count;d<f;d+=3)i.fromBufferAttribute(e,d+0),r.fromBufferAttribute(e,d+1),o.fromBufferAttribute(e,d+2),h.subVectors(o,r),u.subVectors(i,r),h.cross(u),n.setXYZ(d+0,h.x,h.y,h.z),n.setXYZ(d+1,h.x,h.y,h.z),n.setXYZ(d+2,h.x,h.y,h.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let t=this.attributes.normal;for(let e=0,n=t.count;e<n;e++)Oe.fromBufferAttribute(t,e),Oe.normalize(),t.setXYZ(e,Oe.x,Oe.y,Oe.z)}toNonIndexed(){function t(a,l){let c=a.array,h=a.itemSize,u=a.normalized,d=new c.constructor(l.length*h),f=0,p=0;for(let y=0,g=l.length;y<g;y++){a.isInterleavedBufferAttribute?f=l[y]*a.data.stride+a.offset:f=l[y]*h;for(let m=0;m<h;m++)d[p++]=c[f++]}return new te(d,h,u)}if(this.index===null)return Rt("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let e=new s,n=this.index.array,i=this.attributes;for(let a in i){let l=i[a],c=t(l,n);e.setAttribute(a,c)}let r=this.morphAttributes;for(let a in r){let l=[],c=r[a];for(let h=0,u=c.length;h<u;h++){let d=c[h],f=t(d,n);l.push(f)}e.morphAttributes[a]=l}e.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,l=o.length;a<l;a++){let c=o[a];e.addGroup(c.start,c.count,c.materialIndex)}return e}toJSON(){let t={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(t.uuid=this.uuid,t.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,t.name=this.name,Object.keys(this.userData).length>0&&(t.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(t[c]=l[c]);return t}t.data={attributes:{}};let e=this.index;e!==null&&(t.data.index={type:e.array.constructor.name,array:Array.prototype.slice.call(e.array)});let n=this.attributes;for(let l in n){let c=n[l];t.data.attributes[l]=c.toJSON(t.data)}let i={},r=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],h=[];for(let u=0,d=c.length;u<d;u++){let f=c[u];h.push(f.toJSON(t.data))}h.length>0&&(i[l]=h,r=!0)}r&&(t.data.morphAttributes=i,t.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(t.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(t.data.boundingSphere=a.toJSON()),t}clone(){return new this.constructor().copy(this)}copy(t){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let e={};this.name=t.name;let n=t.index;n!==null&&this.setIndex(n.clone());let i=t.attributes;for(let c in i){let h=i[c];this.setAttribute(c,h.clone(e))}let r=t.morphAttributes;for(let c in r){let h=[],u=r[c];for(let d=0,f=u.length;d<f;d++)h.push(u[d].clone(e));this.morphAttributes[c]=h}this.morphTargetsRelative=t.morphTargetsRelative;let o=t.groups;for(let c=0,h=o.length;c<h;c++){let u=o[c];this.addGroup(u.start,u.count,u.materialIndex)}let a=t.boundingBox;a!==null&&(this.boundingBox=a.clone());let l=t.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=t.drawRange.start,this.drawRange.count=t.drawRange.count,this.userData=t.userData,this._transformed=t._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}},Qr=class{constructor(t,e){this.isInterleavedBuffer=!0,this.array=t,this.stride=e,this.count=t!==void 0?t.length/e:0,this.usage=Du,this.updateRanges=[],this.version=0,this.uuid=Xi()}onUploadCallback(){}set needsUpdate(t){t===!0&&this.version++}setUsage(t){return this.usage=t,this}addUpdateRange(t,e){this.updateRanges.push({start:t,count:e})}clearUpdateRanges(){this.updateRanges.length=0}copy(t){return this.array=new t.array.constructor(t.array),this.count=t.count,this.stride=t.stride,this.usage=t.usage,this}copyAt(t,e,n){t*=this.stride,n*=e.stride;for(let i=0,r=this.stride;i<r;i++)this.array[t+i]=e.array[n+i];return this}set(t,e=0){return this.array.set(t,e),this}clone(t){t.arrayBuffers===void 0&&(t.arrayBuffers={});let e=Mf(this.array);t.arrayBuffers[e]===void 0&&(t.arrayBuffers[e]=this.array.slice(0).buffer);let n=new this.array.constructor(t.arrayBuffers[e]),i=new this.constructor(n,this.stride);return i.setUsage(this.usage),i}onUpload(t){return this.onUploadCallback=t,this}toJSON(t){t.arrayBuffers===void 0&&(t.arrayBuffers={});let e=Mf(this.array);t.arrayBuffers[e]===void 0&&(t.arrayBuffers[e]=Array.from(new Uint32Array(this.array.slice(0).buffer)));let n={uuid:this.uuid,buffer:e,type:this.array.constructor.name,stride:this.stride};return n.usage=this.usage,n}};function Mf(s){return s.buffer._uuid===void 0&&(s.buffer._uuid=Xi()),s.byteOffset===0&&s.byteLength===s.buffer.byteLength?s.buffer._uuid:s.buffer._uuid+":"+s.byteOffset+":"+s.byteLength}var cn=new R,Zs=class s{constructor(t,e,n,i=!1){this.isInterleavedBufferAttribute=!0,this.name="",this.data=t,this.itemSize=e,this.offset=n,this.normalized=i,this._normalizationScale=t!==void 0?_c(t.array):void 0}get count(){return this.data.count}get array(){return this.data.array}set needsUpdate(t){this.data.needsUpdate=t}applyMatrix4(t){for(let e=0,n=this.data.count;e<n;e++)cn.fromBufferAttribute(this,e),cn.applyMatrix4(t),this.setXYZ(e,cn.x,cn.y,cn.z);return this}applyNormalMatrix(t){for(let e=0,n=this.count;e<n;e++)cn.fromBufferAttribute(this,e),cn.applyNormalMatrix(t),this.setXYZ(e,cn.x,cn.y,cn.z);return this}transformDirection(t){for(let e=0,n=this.count;e<n;e++)cn.fromBufferAttribute(this,e),cn.transformDirection(t),this.setXYZ(e,cn.x,cn.y,cn.z);return this}getComponent(t,e){let n=this.array[t*this.data.stride+this.offset+e];return this.normalized&&(n=this._denormalize(n)),n}setComponent(t,e,n){return this.normalized&&(n=this._normalize(n)),this.data.array[t*this.data.stride+this.offset+e]=n,this}setX(t,e){return this.normalized&&(e=this._normalize(e)),this.data.array[t*this.data.stride+this.offset]=e,this}setY(t,e){return this.normalized&&(e=this._normalize(e)),this.data.array[t*this.data.stride+this.offset+1]=e,this}setZ(t,e){return this.normalized&&(e=this._normalize(e)),this.data.array[t*this.data.stride+this.offset+2]=e,this}setW(t,e){return this.normalized&&(e=this._normalize(e)),this.data.array[t*this.data.stride+this.offset+3]=e,this}getX(t){let e=this.data.array[t*this.data.stride+this.offset];return this.normalized&&(e=this._denormalize(e)),e}getY(t){let e=this.data.array[t*this.data.stride+this.offset+1];return this.normalized&&(e=this._denormalize(e)),e}getZ(t){let e=this.data.array[t*this.data.stride+this.offset+2];return this.normalized&&(e=this._denormalize(e)),e}getW(t){let e=this.data.array[t*this.data.stride+this.offset+3];return this.normalized&&(e=this._denormalize(e)),e}setXY(t,e,n){return t=t*this.data.stride+this.offset,this.normalized&&(e=this._normalize(e),n=this._normalize(n)),this.data.array[t+0]=e,this.data.array[t+1]=n,this}setXYZ(t,e,n,i){return t=t*this.data.stride+this.offset,this.normalized&&(e=this._normalize(e),n=this._normalize(n),i=this._normalize(i)),this.data.array[t+0]=e,this.data.array[t+1]=n,this.data.array[t+2]=i,this}setXYZW(t,e,n,i,r){return t=t*this.data.stride+this.offset,this.normalized&&(e=this._normalize(e),n=this._normalize(n),i=this._normalize(i),r=this._normalize(r)),this.data.array[t+0]=e,this.data.array[t+1]=n,this.data.array[t+2]=i,this.data.array[t+3]=r,this}clone(t){if(t===void 0){$r("InterleavedBufferAttribute.clone(): Cloning an interleaved buffer attribute will de-interleave buffer data.");let e=[];for(let n=0;n<this.count;n++){let i=n*this.data.stride+this.offset;for(let r=0;r<this.itemSize;r++)e.push(this.data.array[i+r])}return new te(new this.array.constructor(e),this.itemSize,this.normalized)}else return t.interleavedBuffers===void 0&&(t.interleavedBuffers={}),t.interleavedBuffers[this.data.uuid]===void 0&&(t.interleavedBuffers[this.data.uuid]=this.data.clone(t)),new s(t.interleavedBuffers[this.data.uuid],this.itemSize,this.offset,this.normalized)}toJSON(t){if(t===void 0){$r("InterleavedBufferAttribute.toJSON(): Serializing an interleaved buffer attribute will de-interleave buffer data.");let e=[];for(let n=0;n<this.count;n++){let i=n*this.data.stride+this.offset;for(let r=0;r<this.itemSize;r++)e.push(this.data.array[i+r])}return{itemSize:this.itemSize,type:this.array.constructor.name,array:e,normalized:this.normalized}}else return t.interleavedBuffers===void 0&&(t.interleavedBuffers={}),t.interleavedBuffers[this.data.uuid]===void 0&&(t.interleavedBuffers[this.data.uuid]=this.data.toJSON(t)),{isInterleavedBufferAttribute:!0,itemSize:this.itemSize,data:this.data.uuid,offset:this.offset,normalized:this.normalized}}_denormalize(t){let e=this._normalizationScale;return e!==void 0?Math.max(t/e,-1):Ou(t,this.data.array)}_normalize(t){let e=this._normalizationScale;return e!==void 0?Math.round(t*e):Bu(t,this.data.array)}},Hh=new R,__=new R,x_=new Ot,Ve=class{constructor(t=new R(1,0,0),e=0){this.isPlane=!0,this.normal=t,this.constant=e}set(t,e){return this.normal.copy(t),this.constant=e,this}setComponents(t,e,n,i){return this.normal.set(t,e,n),this.constant=i,this}setFromNormalAndCoplanarPoint(t,e){return this.normal.copy(t),this.constant=-e.dot(this.normal),this}setFromCoplanarPoints(t,e,n){let i=Hh.subVectors(n,e).cross(__.subVectors(t,e)).normalize();return this.setFromNormalAndCoplanarPoint(i,t),this}copy(t){return this.normal.copy(t.normal),this.constant=t.constant,this}normalize(){let t=1/this.normal.length();return this.normal.multiplyScalar(t),this.constant*=t,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(t){return this.normal.dot(t)+this.constant}distanceToSphere(t){return this.distanceToPoint(t.center)-t.radius}projectPoint(t,e){return e.copy(t).addScaledVector(this.normal,-this.distanceToPoint(t))}intersectLine(t,e,n=!0){let i=t.delta(Hh),r=this.normal.dot(i);if(r===0)return this.distanceToPoint(t.start)===0?e.copy(t.start):null;let o=-(t.start.dot(this.normal)+this.constant)/r;return n===!0&&(o<0||o>1)?null:e.copy(t.start).addScaledVector(i,o)}intersectsLine(t){let e=this.distanceToPoint(t.start),n=this.distanceToPoint(t.end);return e<0&&n>0||n<0&&e>0}intersectsBox(t){return t.intersectsPlane(this)}intersectsSphere(t){return t.intersectsPlane(this)}coplanarPoint(t){return t.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(t,e){let n=e||x_.getNormalMatrix(t),i=this.coplanarPoint(Hh).applyMatrix4(t),r=this.normal.applyMatrix3(n).normalize();return this.constant=-i.dot(r),this}translate(t){return this.constant-=t.dot(this.normal),this}equals(t){return t.normal.equals(this.normal)&&t.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(t){return this.normal.fromArray(t.normal),this.constant=t.constant,this}},y_=0,Yn=class extends qn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:y_++}),this.uuid=Xi(),this.name="",this.type="Material",this.blending=rr,this.side=Kn,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=pu,this.blendDst=mu,this.blendEquation=hs,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Nt(0,0,0),this.blendAlpha=0,this.depthFunc=Hs,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=Ep,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Wa,this.stencilZFail=Wa,this.stencilZPass=Wa,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(t){this._alphaTest>0!=t>0&&this.version++,this._alphaTest=t}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(t){if(t!==void 0)for(let e in t){let n=t[e];if(n===void 0){Rt(`Material: parameter '${e}' has value of undefined.`);continue}let i=this[e];if(i===void 0){Rt(`Material: '${e}' is not a property of THREE.${this.type}.`);continue}i&&i.isColor?i.set(n):i&&i.isVector2&&n&&n.isVector2||i&&i.isEuler&&n&&n.isEuler||i&&i.isVector3&&n&&n.isVector3?i.copy(n):this[e]=n}}toJSON(t){let e=t===void 0||typeof t=="string";e&&(t={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(t).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(t).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(t).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(t).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(t).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(t).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(t).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(t).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(t).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(t).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(t).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(t).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(t).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(t).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(t).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(t).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(t).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(t).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(t).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(t).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(t).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(t).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(t).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(t).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(t).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(t).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(t).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(r=>r.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function i(r){let o=[];for(let a in r){let l=r[a];delete l.metadata,o.push(l)}return o}if(e){let r=i(t.textures),o=i(t.images);r.length>0&&(n.textures=r),o.length>0&&(n.images=o)}return n}fromJSON(t,e){if(t.uuid!==void 0&&(this.uuid=t.uuid),t.name!==void 0&&(this.name=t.name),t.color!==void 0&&this.color!==void 0&&this.color.setHex(t.color),t.roughness!==void 0&&(this.roughness=t.roughness),t.metalness!==void 0&&(this.metalness=t.metalness),t.sheen!==void 0&&(this.sheen=t.sheen),t.sheenColor!==void 0&&(this.sheenColor=new Nt().setHex(t.sheenColor)),t.sheenRoughness!==void 0&&(this.sheenRoughness=t.sheenRoughness),t.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(t.emissive),t.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(t.specular),t.specularIntensity!==void 0&&(this.specularIntensity=t.specularIntensity),t.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(t.specularColor),t.shininess!==void 0&&(this.shininess=t.shininess),t.clearcoat!==void 0&&(this.clearcoat=t.clearcoat),t.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=t.clearcoatRoughness),t.diffuseRoughness!==void 0&&(this.diffuseRoughness=t.diffuseRoughness),t.dispersion!==void 0&&(this.dispersion=t.dispersion),t.retroreflectivity!==void 0&&(this.retroreflectivity=t.retroreflectivity),t.iridescence!==void 0&&(this.iridescence=t.iridescence),t.iridescenceIOR!==void 0&&(this.iridescenceIOR=t.iridescenceIOR),t.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=t.iridescenceThicknessMinimum),t.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=t.iridescenceThicknessMaximum),t.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=t.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=t.iridescenceThicknessRange[1]),t.transmission!==void 0&&(this.transmission=t.transmission),t.thickness!==void 0&&(this.thickness=t.thickness),t.attenuationDistance!==void 0&&(this.attenuationDistance=t.attenuationDistance),t.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(t.attenuationColor),t.anisotropy!==void 0&&(this.anisotropy=t.anisotropy),t.anisotropyRotation!==void 0&&(this.anisotropyRotation=t.anisotropyRotation),t.fog!==void 0&&(this.fog=t.fog),t.flatShading!==void 0&&(this.flatShading=t.flatShading),t.blending!==void 0&&(this.blending=t.blending),t.combine!==void 0&&(this.combine=t.combine),t.side!==void 0&&(this.side=t.side),t.shadowSide!==void 0&&(this.shadowSide=t.shadowSide),t.opacity!==void 0&&(this.opacity=t.opacity),t.transparent!==void 0&&(this.transparent=t.transparent),t.alphaTest!==void 0&&(this.alphaTest=t.alphaTest),t.alphaHash!==void 0&&(this.alphaHash=t.alphaHash),t.depthFunc!==void 0&&(this.depthFunc=t.depthFunc),t.depthTest!==void 0&&(this.depthTest=t.depthTest),t.depthWrite!==void 0&&(this.depthWrite=t.depthWrite),t.colorWrite!==void 0&&(this.colorWrite=t.colorWrite),t.clippingPlanes!==void 0&&(this.clippingPlanes=t.clippingPlanes.map(n=>new Ve().fromJSON(n))),t.clipIntersection!==void 0&&(this.clipIntersection=t.clipIntersection),t.clipShadows!==void 0&&(this.clipShadows=t.clipShadows),t.depthPacking!==void 0&&(this.depthPacking=t.depthPacking),t.blendSrc!==void 0&&(this.blendSrc=t.blendSrc),t.blendDst!==void 0&&(this.blendDst=t.blendDst),t.blendEquation!==void 0&&(this.blendEquation=t.blendEquation),t.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=t.blendSrcAlpha),t.blendDstAlpha!==void 0&&(this.blendDstAlpha=t.blendDstAlpha),t.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=t.blendEquationAlpha),t.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(t.blendColor),t.blendAlpha!==void 0&&(this.blendAlpha=t.blendAlpha),t.stencilWriteMask!==void 0&&(this.stencilWriteMask=t.stencilWriteMask),t.stencilFunc!==void 0&&(this.stencilFunc=t.stencilFunc),t.stencilRef!==void 0&&(this.stencilRef=t.stencilRef),t.stencilFuncMask!==void 0&&(this.stencilFuncMask=t.stencilFuncMask),t.stencilFail!==void 0&&(this.stencilFail=t.stencilFail),t.stencilZFail!==void 0&&(this.stencilZFail=t.stencilZFail),t.stencilZPass!==void 0&&(this.stencilZPass=t.stencilZPass),t.stencilWrite!==void 0&&(this.stencilWrite=t.stencilWrite),t.wireframe!==void 0&&(this.wireframe=t.wireframe),t.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=t.wireframeLinewidth),t.wireframeLinecap!==void 0&&(this.wireframeLinecap=t.wireframeLinecap),t.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=t.wireframeLinejoin),t.rotation!==void 0&&(this.rotation=t.rotation),t.linewidth!==void 0&&(this.linewidth=t.linewidth),t.linecap!==void 0&&(this.linecap=t.linecap),t.linejoin!==void 0&&(this.linejoin=t.linejoin),t.dashSize!==void 0&&(this.dashSize=t.dashSize),t.gapSize!==void 0&&(this.gapSize=t.gapSize),t.scale!==void 0&&(this.scale=t.scale),t.polygonOffset!==void 0&&(this.polygonOffset=t.polygonOffset),t.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=t.polygonOffsetFactor),t.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=t.polygonOffsetUnits),t.dithering!==void 0&&(this.dithering=t.dithering),t.alphaToCoverage!==void 0&&(this.alphaToCoverage=t.alphaToCoverage),t.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=t.premultipliedAlpha),t.forceSinglePass!==void 0&&(this.forceSinglePass=t.forceSinglePass),t.allowOverride!==void 0&&(this.allowOverride=t.allowOverride),t.visible!==void 0&&(this.visible=t.visible),t.toneMapped!==void 0&&(this.toneMapped=t.toneMapped),t.userData!==void 0&&(this.userData=t.userData),t.vertexColors!==void 0&&(typeof t.vertexColors=="number"?this.vertexColors=t.vertexColors>0:this.vertexColors=t.vertexColors),t.size!==void 0&&(this.size=t.size),t.sizeAttenuation!==void 0&&(this.sizeAttenuation=t.sizeAttenuation),t.map!==void 0&&(this.map=e[t.map]||null),t.matcap!==void 0&&(this.matcap=e[t.matcap]||null),t.alphaMap!==void 0&&(this.alphaMap=e[t.alphaMap]||null),t.bumpMap!==void 0&&(this.bumpMap=e[t.bumpMap]||null),t.bumpScale!==void 0&&(this.bumpScale=t.bumpScale),t.normalMap!==void 0&&(this.normalMap=e[t.normalMap]||null),t.normalMapType!==void 0&&(this.normalMapType=t.normalMapType),t.normalScale!==void 0){let n=t.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new st().fromArray(n)}return t.displacementMap!==void 0&&(this.displacementMap=e[t.displacementMap]||null),t.displacementScale!==void 0&&(this.displacementScale=t.displacementScale),t.displacementBias!==void 0&&(this.displacementBias=t.displacementBias),t.roughnessMap!==void 0&&(this.roughnessMap=e[t.roughnessMap]||null),t.metalnessMap!==void 0&&(this.metalnessMap=e[t.metalnessMap]||null),t.emissiveMap!==void 0&&(this.emissiveMap=e[t.emissiveMap]||null),t.emissiveIntensity!==void 0&&(this.emissiveIntensity=t.emissiveIntensity),t.specularMap!==void 0&&(this.specularMap=e[t.specularMap]||null),t.specularIntensityMap!==void 0&&(this.specularIntensityMap=e[t.specularIntensityMap]||null),t.specularColorMap!==void 0&&(this.specularColorMap=e[t.specularColorMap]||null),t.envMap!==void 0&&(this.envMap=e[t.envMap]||null),t.envMapRotation!==void 0&&this.envMapRotation.fromArray(t.envMapRotation),t.envMapIntensity!==void 0&&(this.envMapIntensity=t.envMapIntensity),t.reflectivity!==void 0&&(this.reflectivity=t.reflectivity),t.refractionRatio!==void 0&&(this.refractionRatio=t.refractionRatio),t.lightMap!==void 0&&(this.lightMap=e[t.lightMap]||null),t.lightMapIntensity!==void 0&&(this.lightMapIntensity=t.lightMapIntensity),t.aoMap!==void 0&&(this.aoMap=e[t.aoMap]||null),t.aoMapIntensity!==void 0&&(this.aoMapIntensity=t.aoMapIntensity),t.gradientMap!==void 0&&(this.gradientMap=e[t.gradientMap]||null),t.clearcoatMap!==void 0&&(this.clearcoatMap=e[t.clearcoatMap]||null),t.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=e[t.clearcoatRoughnessMap]||null),t.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=e[t.clearcoatNormalMap]||null),t.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new st().fromArray(t.clearcoatNormalScale)),t.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=e[t.diffuseRoughnessMap]||null),t.iridescenceMap!==void 0&&(this.iridescenceMap=e[t.iridescenceMap]||null),t.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=e[t.iridescenceThicknessMap]||null),t.transmissionMap!==void 0&&(this.transmissionMap=e[t.transmissionMap]||null),t.thicknessMap!==void 0&&(this.thicknessMap=e[t.thicknessMap]||null),t.anisotropyMap!==void 0&&(this.anisotropyMap=e[t.anisotropyMap]||null),t.sheenColorMap!==void 0&&(this.sheenColorMap=e[t.sheenColorMap]||null),t.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=e[t.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(t){this.name=t.name,this.blending=t.blending,this.side=t.side,this.vertexColors=t.vertexColors,this.opacity=t.opacity,this.transparent=t.transparent,this.blendSrc=t.blendSrc,this.blendDst=t.blendDst,this.blendEquation=t.blendEquation,this.blendSrcAlpha=t.blendSrcAlpha,this.blendDstAlpha=t.blendDstAlpha,this.blendEquationAlpha=t.blendEquationAlpha,this.blendColor.copy(t.blendColor),this.blendAlpha=t.blendAlpha,this.depthFunc=t.depthFunc,this.depthTest=t.depthTest,this.depthWrite=t.depthWrite,this.stencilWriteMask=t.stencilWriteMask,this.stencilFunc=t.stencilFunc,this.stencilRef=t.stencilRef,this.stencilFuncMask=t.stencilFuncMask,this.stencilFail=t.stencilFail,this.stencilZFail=t.stencilZFail,this.stencilZPass=t.stencilZPass,this.stencilWrite=t.stencilWrite;let e=t.clippingPlanes,n=null;if(e!==null){let i=e.length;n=new Array(i);for(let r=0;r!==i;++r)n[r]=e[r].clone()}return this.clippingPlanes=n,this.clipIntersection=t.clipIntersection,this.clipShadows=t.clipShadows,this.shadowSide=t.shadowSide,this.colorWrite=t.colorWrite,this.precision=t.precision,this.polygonOffset=t.polygonOffset,this.polygonOffsetFactor=t.polygonOffsetFactor,this.polygonOffsetUnits=t.polygonOffsetUnits,this.dithering=t.dithering,this.alphaTest=t.alphaTest,this.alphaHash=t.alphaHash,this.alphaToCoverage=t.alphaToCoverage,this.premultipliedAlpha=t.premultipliedAlpha,this.forceSinglePass=t.forceSinglePass,this.allowOverride=t.allowOverride,this.visible=t.visible,this.toneMapped=t.toneMapped,this.userData=JSON.parse(JSON.stringify(t.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(t){t===!0&&this.version++}},Mi=class extends Yn{constructor(t){super(),this.isSpriteMaterial=!0,this.type="SpriteMaterial",this.color=new Nt(16777215),this.map=null,this.alphaMap=null,this.rotation=0,this.sizeAttenuation=!0,this.transparent=!0,this.fog=!0,this.setValues(t)}copy(t){return super.copy(t),this.color.copy(t.color),this.map=t.map,this.alphaMap=t.alphaMap,this.rotation=t.rotation,this.sizeAttenuation=t.sizeAttenuation,this.fog=t.fog,this}},Ps,Nr=new R,Is=new R,Ls=new R,Ds=new st,Ur=new st,Fp=new It,ya=new R,Fr=new R,va=new R,wf=new st,Vh=new st,Ef=new st,li=class extends we{constructor(t=new Mi){if(super(),this.isSprite=!0,this.type="Sprite",Ps===void 0){Ps=new ye;let e=new Float32Array([-.5,-.5,0,0,0,.5,-.5,0,1,0,.5,.5,0,1,1,-.5,.5,0,0,1]),n=new Qr(e,5);Ps.setIndex([0,1,2,0,2,3]),Ps.setAttribute("position",new Zs(n,3,0,!1)),Ps.setAttribute("uv",new Zs(n,2,3,!1))}this.geometry=Ps,this.material=t,this.center=new st(.5,.5),this.count=1}intersectsFrustum(t){return t.intersectsSprite(this)}raycast(t,e){t.camera===null&&Lt('Sprite: "Raycaster.camera" needs to be set in order to raycast against sprites.'),Is.setFromMatrixScale(this.matrixWorld),Fp.copy(t.camera.matrixWorld),this.modelViewMatrix.multiplyMatrices(t.camera.matrixWorldInverse,this.matrixWorld),Ls.setFromMatrixPosition(this.modelViewMatrix),t.camera.isPerspectiveCamera&&this.material.sizeAttenuation===!1&&Is.multiplyScalar(-Ls.z);let n=this.material.rotation,i,r;n!==0&&(r=Math.cos(n),i=Math.sin(n));let o=this.center;ba(ya.set(-.5,-.5,0),Ls,o,Is,i,r),ba(Fr.set(.5,-.5,0),Ls,o,Is,i,r),ba(va.set(.5,.5,0),Ls,o,Is,i,r),wf.set(0,0),Vh.set(1,0),Ef.set(1,1);let a=t.ray.intersectTriangle(ya,Fr,va,!1,Nr);if(a===null&&(ba(Fr.set(-.5,.5,0),Ls,o,Is,i,r),Vh.set(0,1),a=t.ray.intersectTriangle(ya,va,Fr,!1,Nr),a===null))return;let l=t.ray.origin.distanceTo(Nr);l<t.near||l>t.far||e.push({distance:l,point:Nr.clone(),uv:Ge.getInterpolation(Nr,ya,Fr,va,wf,Vh,Ef,new st),face:null,object:this})}copy(t,e){return super.copy(t,e),t.center!==void 0&&this.center.copy(t.center),this.material=t.material,this}toJSON(t){let e=super.toJSON(t);return e.object.center=this.center.toArray(),e}};function ba(s,t,e,n,i,r){Ds.subVectors(s,e).addScalar(.5).multiply(n),i!==void 0?(Ur.x=r*Ds.x-i*Ds.y,Ur.y=i*Ds.x+r*Ds.y):Ur.copy(Ds),s.copy(t),s.x+=Ur.x,s.y+=Ur.y,s.applyMatrix4(Fp)}var yi=new R,Gh=new R,Sa=new R,Ma=new R,Zn=class{constructor(t=new R,e=new R(0,0,-1)){this.origin=t,this.direction=e}set(t,e){return this.origin.copy(t),this.direction.copy(e),this}copy(t){return this.origin.copy(t.origin),this.direction.copy(t.direction),this}at(t,e){return e.copy(this.origin).addScaledVector(this.direction,t)}lookAt(t){return this.direction.copy(t).sub(this.origin).normalize(),this}recast(t){return this.origin.copy(this.at(t,yi)),this}closestPointToPoint(t,e){e.subVectors(t,this.origin);let n=e.dot(this.direction);return n<0?e.copy(this.origin):e.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(t){return Math.sqrt(this.distanceSqToPoint(t))}distanceSqToPoint(t){let e=yi.subVectors(t,this.origin).dot(this.direction);return e<0?this.origin.distanceToSquared(t):(yi.copy(this.origin).addScaledVector(this.direction,e),yi.distanceToSquared(t))}distanceSqToSegment(t,e,n,i){Gh.copy(t).add(e).multiplyScalar(.5),Sa.copy(e).sub(t).normalize(),Ma.copy(this.origin).sub(Gh);let r=t.distanceTo(e)*.5,o=-this.direction.dot(Sa),a=Ma.dot(this.direction),l=-Ma.dot(Sa),c=Ma.lengthSq(),h=Math.abs(1-o*o),u,d,f,p;if(h>0)if(u=o*l-a,d=o*a-l,p=r*h,u>=0)if(d>=-p)if(d<=p){let y=1/h;u*=y,d*=y,f=u*(u+o*d+2*a)+d*(o*u+d+2*l)+c}else d=r,u=Math.max(0,-(o*d+a)),f=-u*u+d*(d+2*l)+c;else d=-r,u=Math.max(0,-(o*d+a)),f=-u*u+d*(d+2*l)+c;else d<=-p?(u=Math.max(0,-(-o*r+a)),d=u>0?-r:Math.min(Math.max(-r,-l),r),f=-u*u+d*(d+2*l)+c):d<=p?(u=0,d=Math.min(Math.max(-r,-l),r),f=d*(d+2*l)+c):(u=Math.max(0,-(o*r+a)),d=u>0?r:Math.min(Math.max(-r,-l),r),f=-u*u+d*(d+2*l)+c);else d=o>0?-r:r,u=Math.max(0,-(o*d+a)),f=-u*u+d*(d+2*l)+c;return n&&n.copy(this.origin).addScaledVector(this.direction,u),i&&i.copy(Gh).addScaledVector(Sa,d),f}intersectSphere(t,e){if(t.radius<0)return null;yi.subVectors(t.center,this.origin);let n=yi.dot(this.direction),i=yi.dot(yi)-n*n,r=t.radius*t.radius;if(i>r)return null;let o=Math.sqrt(r-i),a=n-o,l=n+o;return l<0?null:a<0?this.at(l,e):this.at(a,e)}intersectsSphere(t){return t.radius<0?!1:this.distanceSqToPoint(t.center)<=t.radius*t.radius}distanceToPlane(t){let e=t.normal.dot(this.direction);if(e===0)return t.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(t.normal)+t.constant)/e;return n>=0?n:null}intersectPlane(t,e){let n=this.distanceToPlane(t);return n===null?null:this.at(n,e)}intersectsPlane(t){let e=t.distanceToPoint(this.origin);return e===0||t.normal.dot(this.direction)*e<0}intersectBox(t,e){let n,i,r,o,a,l,c=1/this.direction.x,h=1/this.direction.y,u=1/this.direction.z,d=this.origin;return c>=0?(n=(t.min.x-d.x)*c,i=(t.max.x-d.x)*c):(n=(t.max.x-d.x)*c,i=(t.min.x-d.x)*c),h>=0?(r=(t.min.y-d.y)*h,o=(t.max.y-d.y)*h):(r=(t.max.y-d.y)*h,o=(t.min.y-d.y)*h),n>o||r>i||((r>n||isNaN(n))&&(n=r),(o<i||isNaN(i))&&(i=o),u>=0?(a=(t.min.z-d.z)*u,l=(t.max.z-d.z)*u):(a=(t.max.z-d.z)*u,l=(t.min.z-d.z)*u),n>l||a>i)||((a>n||n!==n)&&(n=a),(l<i||i!==i)&&(i=l),i<0)?null:this.at(n>=0?n:i,e)}intersectsBox(t){return this.intersectBox(t,yi)!==null}intersectTriangle(t,e,n,i,r){let o=this.origin,a=this.direction,l=a.x,c=a.y,h=a.z,u=t.x-o.x,d=t.y-o.y,f=t.z-o.z,p=e.x-o.x,y=e.y-o.y,g=e.z-o.z,m=n.x-o.x,x=n.y-o.y,b=n.z-o.z,v=Math.abs(l),S=Math.abs(c),E=Math.abs(h),_,M,I,A,P,L,F,D,k,G,W,et;if(v>=S&&v>=E?(I=l,L=u,k=p,et=m,l>=0?(_=c,M=h,A=d,P=f,F=y,D=g,G=x,W=b):(_=h,M=c,A=f,P=d,F=g,D=y,G=b,W=x)):S>=E?(I=c,L=d,k=y,et=x,c>=0?(_=h,M=l,A=f,P=u,F=g,D=p,G=b,W=m):(_=l,M=h,A=u,P=f,F=p,D=g,G=m,W=b)):(I=h,L=f,k=g,et=b,h>=0?(_=l,M=c,A=u,P=d,F=p,D=y,G=m,W=x):(_=c,M=l,A=d,P=u,F=y,D=p,G=x,W=m)),I===0)return null;let q=_/I,Q=M/I,tt=1/I,vt=A-q*L,Dt=P-Q*L,J=F-q*k,ut=D-Q*k,yt=G-q*et,At=W-Q*et,gt=yt*ut-At*J,Bt=vt*At-Dt*yt,Se=J*Dt-ut*vt;if(i){if(gt<0||Bt<0||Se<0)return null}else if((gt<0||Bt<0||Se<0)&&(gt>0||Bt>0||Se>0))return null;let Ct=gt+Bt+Se;if(Ct===0)return null;let Kt=tt*(gt*L+Bt*k+Se*et);return(Ct>0?Kt<0:Kt>0)?null:this.at(Kt/Ct,r)}applyMatrix4(t){return this.origin.applyMatrix4(t),this.direction.transformDirection(t),this}equals(t){return t.origin.equals(this.origin)&&t.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},nn=class extends Yn{constructor(t){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Nt(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Si,this.combine=gu,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(t)}copy(t){return super.copy(t),this.color.copy(t.color),this.map=t.map,this.lightMap=t.lightMap,this.lightMapIntensity=t.lightMapIntensity,this.aoMap=t.aoMap,this.aoMapIntensity=t.aoMapIntensity,this.specularMap=t.specularMap,this.alphaMap=t.alphaMap,this.envMap=t.envMap,this.envMapRotation.copy(t.envMapRotation),this.combine=t.combine,this.reflectivity=t.reflectivity,this.refractionRatio=t.refractionRatio,this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this.wireframeLinecap=t.wireframeLinecap,this.wireframeLinejoin=t.wireframeLinejoin,this.fog=t.fog,this}},Tf=new It,is=new Zn,wa=new en,Af=new R,Ea=new R,Ta=new R,Aa=new R,Wh=new R,Ra=new R,Rf=new R,Ca=new R,Ut=class extends we{constructor(t=new ye,e=new nn){super(),this.isMesh=!0,this.type="Mesh",this.geometry=t,this.material=e,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(t,e){return super.copy(t,e),t.morphTargetInfluences!==void 0?this.morphTargetInfluences=t.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,t.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},t.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(t.material)?t.material.slice():t.material,this.geometry=t.geometry,this}updateMorphTargets(){let e=this.geometry.morphAttributes,n=Object.keys(e);if(n.length>0){let i=e[n[0]];if(i!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=i.length;r<o;r++){let a=i[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}getVertexPosition(t,e){let n=this.geometry,i=n.attributes.position,r=n.morphAttributes.position,o=n.morphTargetsRelative;e.fromBufferAttribute(i,t);let a=this.morphTargetInfluences;if(r&&a){Ra.set(0,0,0);for(let l=0,c=r.length;l<c;l++){let h=a[l],u=r[l];h!==0&&(Wh.fromBufferAttribute(u,t),o?Ra.addScaledVector(Wh,h):Ra.addScaledVector(Wh.sub(e),h))}e.add(Ra)}return e}intersectsFrustum(t){return t.intersectsObject(this)}raycast(t,e){let n=this.geometry,i=this.material,r=this.matrixWorld;i!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),wa.copy(n.boundingSphere),wa.applyMatrix4(r),is.copy(t.ray).recast(t.near),!(wa.containsPoint(is.origin)===!1&&(is.intersectSphere(wa,Af)===null||is.origin.distanceToSquared(Af)>(t.far-t.near)**2))&&(Tf.copy(r).invert(),is.copy(t.ray).applyMatrix4(Tf),!(n.boundingBox!==null&&is.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(t,e,is)))}_computeIntersections(t,e,n){let i,r=this.geometry,o=this.material,a=r.index,l=r.attributes.position,c=r.attributes.uv,h=r.attributes.uv1,u=r.attributes.normal,d=r.groups,f=r.drawRange;if(a!==null)if(Array.isArray(o))for(let p=0,y=d.length;p<y;p++){let g=d[p],m=o[g.materialIndex],x=Math.max(g.start,f.start),b=Math.min(a.count,Math.min(g.start+g.count,f.start+f.count));for(let v=x,S=b;v<S;v+=3){let E=a.getX(v),_=a.getX(v+1),M=a.getX(v+2);i=Pa(this,m,t,n,c,h,u,E,_,M),i&&(i.faceIndex=Math.floor(v/3),i.face.materialIndex=g.materialIndex,e.push(i))}}else{let p=Math.max(0,f.start),y=Math.min(a.count,f.start+f.count);for(let g=p,m=y;g<m;g+=3){let x=a.getX(g),b=a.getX(g+1),v=a.getX(g+2);i=Pa(this,o,t,n,c,h,u,x,b,v),i&&(i.faceIndex=Math.floor(g/3),e.push(i))}}else if(l!==void 0)if(Array.isArray(o))for(let p=0,y=d.length;p<y;p++){let g=d[p],m=o[g.materialIndex],x=Math.max(g.start,f.start),b=Math.min(l.count,Math.min(g.start+g.count,f.start+f.count));for(let v=x,S=b;v<S;v+=3){let E=v,_=v+1,M=v+2;i=Pa(this,m,t,n,c,h,u,E,_,M),i&&(i.faceIndex=Math.floor(v/3),i.face.materialIndex=g.materialIndex,e.push(i))}}else{let p=Math.max(0,f.start),y=Math.min(l.count,f.start+f.count);for(let g=p,m=y;g<m;g+=3){let x=g,b=g+1,v=g+2;i=Pa(this,o,t,n,c,h,u,x,b,v),i&&(i.faceIndex=Math.floor(g/3),e.push(i))}}}};function v_(s,t,e,n,i,r,o,a){let l;if(t.side===Xe?l=n.intersectTriangle(o,r,i,!0,a):l=n.intersectTriangle(i,r,o,t.side===Kn,a),l===null)return null;Ca.copy(a),Ca.applyMatrix4(s.matrixWorld);let c=e.ray.origin.distanceTo(Ca);return c<e.near||c>e.far?null:{distance:c,point:Ca.clone(),object:s}}function Pa(s,t,e,n,i,r,o,a,l,c){s.getVertexPosition(a,Ea),s.getVertexPosition(l,Ta),s.getVertexPosition(c,Aa);let h=v_(s,t,e,n,Ea,Ta,Aa,Rf);if(h){let u=new R;Ge.getBarycoord(Rf,Ea,Ta,Aa,u),i&&(h.uv=Ge.getInterpolatedAttribute(i,a,l,c,u,new st)),r&&(h.uv1=Ge.getInterpolatedAttribute(r,a,l,c,u,new st)),o&&(h.normal=Ge.getInterpolatedAttribute(o,a,l,c,u,new R),h.normal.dot(n.direction)>0&&h.normal.multiplyScalar(-1));let d={a,b:l,c,normal:new R,materialIndex:0};Ge.getNormal(Ea,Ta,Aa,d.normal),h.face=d,h.barycoord=u}return h}var Bi=class extends dn{constructor(t=null,e=1,n=1,i,r,o,a,l,c=ke,h=ke,u,d){super(null,o,a,l,c,h,i,r,u,d),this.isDataTexture=!0,this.image={data:t,width:e,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var $s=class extends te{constructor(t,e,n,i=1){super(t,e,n),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=i}copy(t){return super.copy(t),this.meshPerAttribute=t.meshPerAttribute,this}toJSON(){let t=super.toJSON();return t.meshPerAttribute=this.meshPerAttribute,t.isInstancedBufferAttribute=!0,t}},Ns=new It,Cf=new It,Ia=[],Pf=new Qt,b_=new It,Or=new Ut,Br=new en,Js=class extends Ut{constructor(t,e,n){super(t,e),this.isInstancedMesh=!0,this.instanceMatrix=new $s(new Float32Array(n*16),16),this.instanceColor=null,this.morphTexture=null,this.count=n,this.boundingBox=null,this.boundingSphere=null;for(let i=0;i<n;i++)this.setMatrixAt(i,b_)}computeBoundingBox(){let t=this.geometry,e=this.count;this.boundingBox===null&&(this.boundingBox=new Qt),t.boundingBox===null&&t.computeBoundingBox(),this.boundingBox.makeEmpty();for(let n=0;n<e;n++)this.getMatrixAt(n,Ns),Pf.copy(t.boundingBox).applyMatrix4(Ns),this.boundingBox.union(Pf)}computeBoundingSphere(){let t=this.geometry,e=this.count;this.boundingSphere===null&&(this.boundingSphere=new en),t.boundingSphere===null&&t.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let n=0;n<e;n++)this.getMatrixAt(n,Ns),Br.copy(t.boundingSphere).applyMatrix4(Ns),this.boundingSphere.union(Br)}copy(t,e){return super.copy(t,e),this.instanceMatrix.copy(t.instanceMatrix),this.morphTexture=t.morphTexture!==null?t.morphTexture.clone():null,this.instanceColor=t.instanceColor!==null?t.instanceColor.clone():null,this.count=t.count,this.boundingBox=t.boundingBox!==null?t.boundingBox.clone():null,this.boundingSphere=t.boundingSphere!==null?t.boundingSphere.clone():null,this}getColorAt(t,e){return this.instanceColor===null?e.setRGB(1,1,1):e.fromArray(this.instanceColor.array,t*3)}getMatrixAt(t,e){return e.fromArray(this.instanceMatrix.array,t*16)}getMorphAt(t,e){let n=e.morphTargetInfluences,i=this.morphTexture.source.data.data,r=n.length+1,o=t*r+1;for(let a=0;a<n.length;a++)n[a]=i[o+a]}raycast(t,e){let n=this.matrixWorld,i=this.count;if(Or.geometry=this.geometry,Or.material=this.material,Or.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),Br.copy(this.boundingSphere),Br.applyMatrix4(n),t.ray.intersectsSphere(Br)!==!1))for(let r=0;r<i;r++){this.getMatrixAt(r,Ns),Cf.multiplyMatrices(n,Ns),Or.matrixWorld=Cf,Or.raycast(t,Ia);for(let o=0,a=Ia.length;o<a;o++){let l=Ia[o];l.instanceId=r,l.object=this,e.push(l)}Ia.length=0}}setColorAt(t,e){return this.instanceColor===null&&(this.instanceColor=new $s(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),e.toArray(this.instanceColor.array,t*3),this}setMatrixAt(t,e){return e.toArray(this.instanceMatrix.array,t*16),this}setMorphAt(t,e){let n=e.morphTargetInfluences,i=n.length+1;this.morphTexture===null&&(this.morphTexture=new Bi(new Float32Array(i*this.count),i,this.count,Ol,yn));let r=this.morphTexture.source.data.data,o=0;for(let c=0;c<n.length;c++)o+=n[c];let a=this.geometry.morphTargetsRelative?1:1-o,l=i*t;return r[l]=a,r.set(n,l+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}},ss=new en,S_=new st(.5,.5),La=new R,wi=class{constructor(t=new Ve,e=new Ve,n=new Ve,i=new Ve,r=new Ve,o=new Ve){this.planes=[t,e,n,i,r,o]}set(t,e,n,i,r,o){let a=this.planes;return a[0].copy(t),a[1].copy(e),a[2].copy(n),a[3].copy(i),a[4].copy(r),a[5].copy(o),this}copy(t){let e=this.planes;for(let n=0;n<6;n++)e[n].copy(t.planes[n]);return this}setFromProjectionMatrix(t,e=Fn,n=!1){let i=this.planes,r=t.elements,o=r[0],a=r[1],l=r[2],c=r[3],h=r[4],u=r[5],d=r[6],f=r[7],p=r[8],y=r[9],g=r[10],m=r[11],x=r[12],b=r[13],v=r[14],S=r[15];if(i[0].setComponents(c-o,f-h,m-p,S-x).normalize(),i[1].setComponents(c+o,f+h,m+p,S+x).normalize(),i[2].setComponents(c+a,f+u,m+y,S+b).normalize(),i[3].setComponents(c-a,f-u,m-y,S-b).normalize(),n)i[4].setComponents(l,d,g,v).normalize(),i[5].setComponents(c-l,f-d,m-g,S-v).normalize();else if(i[4].setComponents(c-l,f-d,m-g,S-v).normalize(),e===Fn)i[5].setComponents(c+l,f+d,m+g,S+v).normalize();else if(e===Vs)i[5].setComponents(l,d,g,v).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+e);return this}intersectsObject(t){if(t.boundingSphere!==void 0)t.boundingSphere===null&&t.computeBoundingSphere(),ss.copy(t.boundingSphere).applyMatrix4(t.matrixWorld);else{let e=t.geometry;e.boundingSphere===null&&e.computeBoundingSphere(),ss.copy(e.boundingSphere).applyMatrix4(t.matrixWorld)}return this.intersectsSphere(ss)}intersectsSprite(t){ss.center.set(0,0,0);let e=S_.distanceTo(t.center);return ss.radius=.7071067811865476+e,ss.applyMatrix4(t.matrixWorld),this.intersectsSphere(ss)}intersectsSphere(t){let e=this.planes,n=t.center,i=-t.radius;for(let r=0;r<6;r++)if(e[r].distanceToPoint(n)<i)return!1;return!0}intersectsBox(t){let e=this.planes;for(let n=0;n<6;n++){let i=e[n];if(La.x=i.normal.x>0?t.max.x:t.min.x,La.y=i.normal.y>0?t.max.y:t.min.y,La.z=i.normal.z>0?t.max.z:t.min.z,i.distanceToPoint(La)<0)return!1}return!0}containsPoint(t){let e=this.planes;for(let n=0;n<6;n++)if(e[n].distanceToPoint(t)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},If=new It,to=class s{constructor(){this.coordinateSystem=Fn,this._frustums=[],this._count=0}setFromArrayCamera(t){let e=t.cameras,n=this._frustums;for(let i=0;i<e.length;i++){let r=e[i];If.multiplyMatrices(r.projectionMatrix,r.matrixWorldInverse),n[i]===void 0&&(n[i]=new wi),n[i].setFromProjectionMatrix(If,r.coordinateSystem,r.reversedDepth)}return this._count=e.length,this}getFrustum(t){return this._frustums[t]}intersectsObject(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsObject(t))return!0;return!1}intersectsSprite(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsSprite(t))return!0;return!1}intersectsSphere(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsSphere(t))return!0;return!1}intersectsBox(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsBox(t))return!0;return!1}containsPoint(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].containsPoint(t))return!0;return!1}copy(t){this.coordinateSystem=t.coordinateSystem;let e=this._frustums,n=t._frustums;for(let i=0;i<t._count;i++)e[i]===void 0&&(e[i]=new wi),e[i].copy(n[i]);return this._count=t._count,this}clone(){return new s().copy(this)}};function Xh(s,t){return s-t}function M_(s,t){return s.z-t.z}function w_(s,t){return t.z-s.z}var su=class{constructor(){this.index=0,this.pool=[],this.list=[]}push(t,e,n,i){let r=this.pool,o=this.list;this.index>=r.length&&r.push({start:-1,count:-1,z:-1,index:-1});let a=r[this.index];o.push(a),this.index++,a.start=t,a.count=e,a.z=n,a.index=i}reset(){this.list.length=0,this.index=0}},xn=new It,E_=new Nt(1,1,1),T_=new wi,A_=new to,Da=new Qt,rs=new en,qh=new R,Lf=new R,Df=new R,R_=new R,Yh=new su,tn=new Ut,Na=[];function C_(s,t,e=0){let n=t.itemSize;if(s.isInterleavedBufferAttribute||s.array.constructor!==t.array.constructor){let i=s.count;for(let r=0;r<i;r++)for(let o=0;o<n;o++)t.setComponent(r+e,o,s.getComponent(r,o))}else t.array.set(s.array,e*n);t.needsUpdate=!0}function ri(s,t){if(s.constructor!==t.constructor){let e=Math.min(s.length,t.length);for(let n=0;n<e;n++)t[n]=s[n]}else{let e=Math.min(s.length,t.length);t.set(new s.constructor(s.buffer,0,e))}}var eo=class extends Ut{constructor(t,e,n=e*2,i){super(new ye,i),this.isBatchedMesh=!0,this.perObjectFrustumCulled=!0,this.sortObjects=!0,this.boundingBox=null,this.boundingSphere=null,this.customSort=null,this._instanceInfo=[],this._geometryInfo=[],this._availableInstanceIds=[],this._availableGeometryIds=[],this._nextIndexStart=0,this._nextVertexStart=0,this._geometryCount=0,this._visibilityChanged=!0,this._geometryInitialized=!1,this._maxInstanceCount=t,this._maxVertexCount=e,this._maxIndexCount=n,this._multiDrawCounts=new Int32Array(t),this._multiDrawStarts=new Int32Array(t),this._multiDrawCount=0,this._multiDrawBytesPerElement=1,this._mergedDrawCounts=new Int32Array(t),this._mergedDrawStarts=new Int32Array(t),this._mergedDrawInstanceCounts=new Int32Array(t),this._mergedDrawCount=0,this._matricesTexture=null,this._indirectTexture=null,this._colorsTexture=null,this._previousMatricesTexture=null,this._initMatricesTexture(),this._initIndirectTexture()}get maxInstanceCount(){return this._maxInstanceCount}get instanceCount(){return this._instanceInfo.length-this._availableInstanceIds.length}get unusedVertexCount(){return this._maxVertexCount-this._nextVertexStart}get unusedIndexCount(){return this._maxIndexCount-this._nextIndexStart}_initMatricesTexture(){let t=Math.sqrt(this._maxInstanceCount*4);t=Math.ceil(t/4)*4,t=Math.max(t,4);let e=new Float32Array(t*t*4),n=new Bi(e,t,t,En,yn);this._matricesTexture=n}_initIndirectTexture(){let t=Math.sqrt(this._maxInstanceCount);t=Math.ceil(t);let e=new Uint32Array(t*t),n=new Bi(e,t,t,yo,kn);this._indirectTexture=n}_initColorsTexture(){let t=Math.sqrt(this._maxInstanceCount);t=Math.ceil(t);let e=new Float32Array(t*t*4).fill(1),n=new Bi(e,t,t,En,yn);n.colorSpace=Xt.workingColorSpace,this._colorsTexture=n}_initializeGeometry(t){let e=this.geometry,n=this._maxVertexCount,i=this._maxIndexCount;if(this._geometryInitialized===!1){for(let r in t.attributes){let o=t.getAttribute(r),{array:a,itemSize:l,normalized:c}=o,h=new a.constructor(n*l),u=new te(h,l,c);e.setAttribute(r,u)}if(t.getIndex()!==null){let r=n>65535?new Uint32Array(i):new Uint16Array(i);e.setIndex(new te(r,1))}this._geometryInitialized=!0}}_validateGeometry(t){let e=this.geometry;if(!!t.getIndex()!=!!e.getIndex())throw new Error('THREE.BatchedMesh: All geometries must consistently have "index".');for(let n in e.attributes){if(!t.hasAttribute(n))throw new Error(`THREE.BatchedMesh: Added geometry missing "${n}". All geometries must have consistent attributes.`);let i=t.getAttribute(n),r=e.getAttribute(n);if(i.itemSize!==r.itemSize||i.normalized!==r.normalized)throw new Error(`THREE.BatchedMesh: Added geometry attribute "${n}" has an inconsistent itemSize or normalized value.`)}}validateInstanceId(t){let e=this._instanceInfo;if(t<0||t>=e.length||e[t].active===!1)throw new Error(`THREE.BatchedMesh: Invalid instanceId ${t}. Instance is either out of range or has been deleted.`)}validateGeometryId(t){let e=this._geometryInfo;if(t<0||t>=e.length||e[t].active===!1)throw new Error(`THREE.BatchedMesh: Invalid geometryId ${t}. Geometry is either out of range or has been deleted.`)}setCustomSort(t){return this.customSort=t,this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Qt);let t=this.boundingBox,e=this._instanceInfo;t.makeEmpty();for(let n=0,i=e.length;n<i;n++){if(e[n].active===!1)continue;let r=e[n].geometryIndex;this.getMatrixAt(n,xn),this.getBoundingBoxAt(r,Da).applyMatrix4(xn),t.union(Da)}}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new en);let t=this.boundingSphere,e=this._instanceInfo;t.makeEmpty();for(let n=0,i=e.length;n<i;n++){if(e[n].active===!1)continue;let r=e[n].geometryIndex;this.getMatrixAt(n,xn),this.getBoundingSphereAt(r,rs).applyMatrix4(xn),t.union(rs)}}addInstance(t){if(this._instanceInfo.length>=this.maxInstanceCount&&this._availableInstanceIds.length===0)throw new Error("THREE.BatchedMesh: Maximum item count reached.");let n={visible:!0,active:!0,geometryIndex:t},i=null;this._availableInstanceIds.length>0?(this._availableInstanceIds.sort(Xh),i=this._availableInstanceIds.shift(),this._instanceInfo[i]=n):(i=this._instanceInfo.length,this._instanceInfo.push(n));let r=this._matricesTexture;xn.identity().toArray(r.image.data,i*16),r.needsUpdate=!0;let o=this._colorsTexture;return o&&(E_.toArray(o.image.data,i*4),o.needsUpdate=!0),this._visibilityChanged=!0,i}addGeometry(t,e=-1,n=-1){this._initializeGeometry(t),this._validateGeometry(t);let i={vertexStart:-1,vertexCount:-1,reservedVertexCount:-1,indexStart:-1,indexCount:-1,reservedIndexCount:-1,start:-1,count:-1,boundingBox:null,boundingSphere:null,active:!0},r=this._geometryInfo;i.vertexStart=this._nextVertexStart,i.reservedVertexCount=e===-1?t.getAttribute("position").count:e;let o=t.getIndex();if(o!==null&&(i.indexStart=this._nextIndexStart,i.reservedIndexCount=n===-1?o.count:n),i.indexStart!==-1&&i.indexStart+i.reservedIndexCount>this._maxIndexCount||i.vertexStart+i.reservedVertexCount>this._maxVertexCount)throw new Error("THREE.BatchedMesh: Reserved space request exceeds the maximum buffer size.");let l;return this._availableGeometryIds.length>0?(this._availableGeometryIds.sort(Xh),l=this._availableGeometryIds.shift(),r[l]=i):(l=this._geometryCount,this._geometryCount++,r.push(i)),this.setGeometryAt(l,t),this._nextIndexStart=i.indexStart+i.reservedIndexCount,this._nextVertexStart=i.vertexStart+i.reservedVertexCount,l}setGeometryAt(t,e){if(t>=this._geometryCount)throw new Error("THREE.BatchedMesh: Maximum geometry count reached.");this._validateGeometry(e);let n=this.geometry,i=n.getIndex()!==null,r=n.getIndex(),o=e.getIndex(),a=this._geometryInfo[t];if(i&&o.count>a.reservedIndexCount||e.attributes.position.count>a.reservedVertexCount)throw new Error("THREE.BatchedMesh: Reserved space not large enough for provided geometry.");let l=a.vertexStart,c=a.reservedVertexCount;a.vertexCount=e.getAttribute("position").count;for(let h in n.attributes){let u=e.getAttribute(h),d=n.getAttribute(h);C_(u,d,l);let f=u.itemSize;for(let p=u.count,y=c;p<y;p++){let g=l+p;for(let m=0;m<f;m++)d.setComponent(g,m,0)}d.needsUpdate=!0,d.addUpdateRange(l*f,c*f)}if(i){let h=a.indexStart,u=a.reservedIndexCount;a.indexCount=e.getIndex().count;for(let d=0;d<o.count;d++)r.setX(h+d,l+o.getX(d));for(let d=o.count,f=u;d<f;d++)r.setX(h+d,l);r.needsUpdate=!0,r.addUpdateRange(h,a.reservedIndexCount)}return a.start=i?a.indexStart:a.vertexStart,a.count=i?a.indexCount:a.vertexCount,a.boundingBox=null,e.boundingBox!==null&&(a.boundingBox=e.boundingBox.clone()),a.boundingSphere=null,e.boundingSphere!==null&&(a.boundingSphere=e.boundingSphere.clone()),this._visibilityChanged=!0,t}deleteGeometry(t){let e=this._geometryInfo;if(t>=e.length||e[t].active===!1)return this;let n=this._instanceInfo;for(let i=0,r=n.length;i<r;i++)n[i].active&&n[i].geometryIndex===t&&this.deleteInstance(i);return e[t].active=!1,this._availableGeometryIds.push(t),this._visibilityChanged=!0,this}deleteInstance(t){return this.validateInstanceId(t),this._instanceInfo[t].active=!1,this._availableInstanceIds.push(t),this._visibilityChanged=!0,this}optimize(){let t=0,e=0,n=this._geometryInfo,i=n.map((o,a)=>a).sort((o,a)=>n[o].vertexStart-n[a].vertexStart),r=this.geometry;for(let o=0,a=n.length;o<a;o++){let l=i[o],c=n[l];if(c.active!==!1){if(r.index!==null){if(c.indexStart!==e){let{indexStart:h,vertexStart:u,reservedIndexCount:d}=c,f=r.index,p=f.array,y=t-u;for(let g=h;g<h+d;g++)p[g]=p[g]+y;f.array.copyWithin(e,h,h+d),f.addUpdateRange(e,d),f.needsUpdate=!0,c.indexStart=e}e+=c.reservedIndexCount}if(c.vertexStart!==t){let{vertexStart:h,reservedVertexCount:u}=c,d=r.attributes;for(let f in d){let p=d[f],{array:y,itemSize:g}=p;y.copyWithin(t*g,h*g,(h+u)*g),p.addUpdateRange(t*g,u*g),p.needsUpdate=!0}c.vertexStart=t}t+=c.reservedVertexCount,c.start=r.index?c.indexStart:c.vertexStart}}return this._nextIndexStart=e,this._nextVertexStart=t,this._visibilityChanged=!0,this}getBoundingBoxAt(t,e){if(t>=this._geometryCount)return null;let n=this.geometry,i=this._geometryInfo[t];if(i.boundingBox===null){let r=new Qt,o=n.index,a=n.attributes.position;for(let l=i.start,c=i.start+i.count;l<c;l++){let h=l;o&&(h=o.getX(h)),r.expandByPoint(qh.fromBufferAttribute(a,h))}i.boundingBox=r}return e.copy(i.boundingBox),e}getBoundingSphereAt(t,e){if(t>=this._geometryCount)return null;let n=this.geometry,i=this._geometryInfo[t];if(i.boundingSphere===null){let r=new en;this.getBoundingBoxAt(t,Da),Da.getCenter(r.center);let o=n.index,a=n.attributes.position,l=0;for(let c=i.start,h=i.start+i.count;c<h;c++){let u=c;o&&(u=o.getX(u)),qh.fromBufferAttribute(a,u),l=Math.max(l,r.center.distanceToSquared(qh))}r.radius=Math.sqrt(l),i.boundingSphere=r}return e.copy(i.boundingSphere),e}setMatrixAt(t,e){this.validateInstanceId(t);let n=this._matricesTexture,i=this._matricesTexture.image.data;return e.toArray(i,t*16),n.needsUpdate=!0,this}getMatrixAt(t,e){return this.validateInstanceId(t),e.fromArray(this._matricesTexture.image.data,t*16)}setColorAt(t,e){return this.validateInstanceId(t),this._colorsTexture===null&&this._initColorsTexture(),e.toArray(this._colorsTexture.image.data,t*4),this._colorsTexture.needsUpdate=!0,this}getColorAt(t,e){return this.validateInstanceId(t),this._colorsTexture===null?e.isVector4?e.set(1,1,1,1):e.setRGB(1,1,1):e.fromArray(this._colorsTexture.image.data,t*4)}setVisibleAt(t,e){return this.validateInstanceId(t),this._instanceInfo[t].visible===e?this:(this._instanceInfo[t].visible=e,this._visibilityChanged=!0,this)}getVisibleAt(t){return this.validateInstanceId(t),this._instanceInfo[t].visible}setGeometryIdAt(t,e){return this.validateInstanceId(t),this.validateGeometryId(e),this._instanceInfo[t].geometryIndex=e,this._visibilityChanged=!0,this}getGeometryIdAt(t){return this.validateInstanceId(t),this._instanceInfo[t].geometryIndex}getGeometryRangeAt(t,e={}){this.validateGeometryId(t);let n=this._geometryInfo[t];return e.vertexStart=n.vertexStart,e.vertexCount=n.vertexCount,e.reservedVertexCount=n.reservedVertexCount,e.indexStart=n.indexStart,e.indexCount=n.indexCount,e.reservedIndexCount=n.reservedIndexCount,e.start=n.start,e.count=n.count,e}setInstanceCount(t){let e=this._availableInstanceIds,n=this._instanceInfo;for(e.sort(Xh);e[e.length-1]===n.length-1;)n.pop(),e.pop();if(t<n.length)throw new Error(`THREE.BatchedMesh: Instance ids outside the range ${t} are being used. Cannot shrink instance count.`);let i=new Int32Array(t),r=new Int32Array(t);ri(this._multiDrawCounts,i),ri(this._multiDrawStarts,r),this._multiDrawCounts=i,this._multiDrawStarts=r;let o=new Int32Array(t),a=new Int32Array(t),l=new Int32Array(t);ri(this._mergedDrawCounts,o),ri(this._mergedDrawStarts,a),ri(this._mergedDrawInstanceCounts,l),this._mergedDrawCounts=o,this._mergedDrawStarts=a,this._mergedDrawInstanceCounts=l,this._maxInstanceCount=t;let c=this._indirectTexture,h=this._matricesTexture,u=this._colorsTexture;c.dispose(),this._initIndirectTexture(),ri(c.image.data,this._indirectTexture.image.data),h.dispose(),this._initMatricesTexture(),ri(h.image.data,this._matricesTexture.image.data),u&&(u.dispose(),this._initColorsTexture(),ri(u.image.data,this._colorsTexture.image.data)),this._previousMatricesTexture!==null&&(this._previousMatricesTexture.dispose(),this._previousMatricesTexture=null)}setGeometrySize(t,e){let n=[...this._geometryInfo].filter(a=>a.active);if(Math.max(...n.map(a=>a.vertexStart+a.reservedVertexCount))>t)throw new Error(`THREE.BatchedMesh: Geometry vertex values are being used outside the range ${t}. Cannot shrink further.`);if(this.geometry.index&&Math.max(...n.map(l=>l.indexStart+l.reservedIndexCount))>e)throw new Error(`THREE.BatchedMesh: Geometry index values are being used outside the range ${e}. Cannot shrink further.`);let r=this.geometry;r.dispose(),this._maxVertexCount=t,this._maxIndexCount=e,this._geometryInitialized&&(this._geometryInitialized=!1,this.geometry=new ye,this._initializeGeometry(r));let o=this.geometry;r.index&&ri(r.index.array,o.index.array);for(let a in r.attributes)ri(r.attributes[a].array,o.attributes[a].array);this._visibilityChanged=!0}raycast(t,e){let n=this._instanceInfo,i=this._geometryInfo,r=this.matrixWorld,o=this.geometry;tn.material=this.material,tn.geometry.index=o.index,tn.geometry.attributes=o.attributes,tn.geometry.boundingBox===null&&(tn.geometry.boundingBox=new Qt),tn.geometry.boundingSphere===null&&(tn.geometry.boundingSphere=new en);for(let a=0,l=n.length;a<l;a++){if(!n[a].visible||!n[a].active)continue;let c=n[a].geometryIndex,h=i[c];tn.geometry.setDrawRange(h.start,h.count),this.getMatrixAt(a,tn.matrixWorld).premultiply(r),this.getBoundingBoxAt(c,tn.geometry.boundingBox),this.getBoundingSphereAt(c,tn.geometry.boundingSphere),tn.raycast(t,Na);for(let u=0,d=Na.length;u<d;u++){let f=Na[u];f.object=this,f.batchId=a,e.push(f)}Na.length=0}tn.material=null,tn.geometry.index=null,tn.geometry.attributes={},tn.geometry.setDrawRange(0,1/0)}copy(t){return super.copy(t),this.geometry=t.geometry.clone(),this.perObjectFrustumCulled=t.perObjectFrustumCulled,this.sortObjects=t.sortObjects,this.boundingBox=t.boundingBox!==null?t.boundingBox.clone():null,this.boundingSphere=t.boundingSphere!==null?t.boundingSphere.clone():null,this._geometryInfo=t._geometryInfo.map(e=>({...e,boundingBox:e.boundingBox!==null?e.boundingBox.clone():null,boundingSphere:e.boundingSphere!==null?e.boundingSphere.clone():null})),this._instanceInfo=t._instanceInfo.map(e=>({...e})),this._availableInstanceIds=t._availableInstanceIds.slice(),this._availableGeometryIds=t._availableGeometryIds.slice(),this._nextIndexStart=t._nextIndexStart,this._nextVertexStart=t._nextVertexStart,this._geometryCount=t._geometryCount,this._maxInstanceCount=t._maxInstanceCount,this._maxVertexCount=t._maxVertexCount,this._maxIndexCount=t._maxIndexCount,this._geometryInitialized=t._geometryInitialized,this._multiDrawCounts=t._multiDrawCounts.slice(),this._multiDrawStarts=t._multiDrawStarts.slice(),this._multiDrawBytesPerElement=t._multiDrawBytesPerElement,this._mergedDrawCounts=t._mergedDrawCounts.slice(),this._mergedDrawStarts=t._mergedDrawStarts.slice(),this._mergedDrawInstanceCounts=t._mergedDrawInstanceCounts.slice(),this._indirectTexture=t._indirectTexture.clone(),this._indirectTexture.image.data=this._indirectTexture.image.data.slice(),this._matricesTexture=t._matricesTexture.clone(),this._matricesTexture.image.data=this._matricesTexture.image.data.slice(),t._colorsTexture!==null?(this._colorsTexture=t._colorsTexture.clone(),this._colorsTexture.image.data=this._colorsTexture.image.data.slice()):this._colorsTexture=null,this}dispose(){super.dispose(),this.geometry.dispose(),this._matricesTexture.dispose(),this._matricesTexture=null,this._indirectTexture.dispose(),this._indirectTexture=null,this._colorsTexture!==null&&(this._colorsTexture.dispose(),this._colorsTexture=null),this._previousMatricesTexture!==null&&(this._previousMatricesTexture.dispose(),this._previousMatricesTexture=null)}_updateDrawParameters(t,e,n,i="multiDraw"){if(!this._visibilityChanged&&!this.perObjectFrustumCulled&&!this.sortObjects)return;let r=e.getIndex(),o=r===null?1:r.array.BYTES_PER_ELEMENT,a=1;n.wireframe&&(a=2,o=e.attributes.position.count>65535?4:2);let l=this._instanceInfo,c=this._multiDrawStarts,h=this._multiDrawCounts,u=this._mergedDrawStarts,d=this._mergedDrawCounts,f=this._mergedDrawInstanceCounts,p=this._geometryInfo,y=this.perObjectFrustumCulled,g=this._indirectTexture,m=g.image.data,x=t.isArrayCamera?A_:T_;y&&(t.isArrayCamera?x.setFromArrayCamera(t):(xn.multiplyMatrices(t.projectionMatrix,t.matrixWorldInverse).multiply(this.matrixWorld),x.setFromProjectionMatrix(xn,t.coordinateSystem,t.reversedDepth)));let b=0,v=0;if(this.sortObjects){xn.copy(this.matrixWorld).invert(),Lf.setFromMatrixPosition(t.matrixWorld).applyMatrix4(xn),Df.set(0,0,-1).transformDirection(t.matrixWorld).transformDirection(xn);for(let _=0,M=l.length;_<M;_++)if(l[_].visible&&l[_].active){let I=l[_].geometryIndex;this.getMatrixAt(_,xn),this.getBoundingSphereAt(I,rs).applyMatrix4(xn);let A=!1;if(y&&(A=!x.intersectsSphere(rs)),!A){let P=p[I],L=R_.subVectors(rs.center,Lf).dot(Df);Yh.push(P.start,P.count,L,_)}}let S=Yh.list,E=this.customSort;E===null?S.sort(n.transparent?w_:M_):E.call(this,S,t);for(let _=0,M=S.length;_<M;_++){let I=S[_],A=I.start*o*a,P=I.count*a;i==="merged"?v>0&&u[v-1]===A&&d[v-1]===P?f[v-1]++:(u[v]=A,d[v]=P,f[v]=1,v++):(c[b]=A,h[b]=P),m[b]=I.index,b++}Yh.reset()}else for(let S=0,E=l.length;S<E;S++)if(l[S].visible&&l[S].active){let _=l[S].geometryIndex,M=!1;if(y&&(this.getMatrixAt(S,xn),this.getBoundingSphereAt(_,rs).applyMatrix4(xn),M=!x.intersectsSphere(rs)),!M){let I=p[_],A=I.start*o*a,P=I.count*a;i==="merged"?v>0&&u[v-1]===A&&d[v-1]===P?f[v-1]++:(u[v]=A,d[v]=P,f[v]=1,v++):(c[b]=A,h[b]=P),m[b]=S,b++}}g.needsUpdate=!0,this._multiDrawCount=b,this._mergedDrawCount=v,this._multiDrawBytesPerElement=o,this._visibilityChanged=!1}onBeforeRender(t,e,n,i,r){t.isWebGPURenderer===!0?(this._visibilityChanged||this.perObjectFrustumCulled||this.sortObjects)&&(this._indirectTexture.needsUpdate=!0):this._updateDrawParameters(n,i,r)}onBeforeShadow(t,e,n,i,r,o){t.isWebGPURenderer!==!0&&this._updateDrawParameters(i,r,o)}},sl=class extends Yn{constructor(t){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new Nt(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(t)}copy(t){return super.copy(t),this.color.copy(t.color),this.map=t.map,this.linewidth=t.linewidth,this.linecap=t.linecap,this.linejoin=t.linejoin,this.fog=t.fog,this}},rl=new R,ol=new R,Nf=new It,kr=new Zn,Ua=new en,Zh=new R,Uf=new R,ki=class extends we{constructor(t=new ye,e=new sl){super(),this.isLine=!0,this.type="Line",this.geometry=t,this.material=e,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(t,e){return super.copy(t,e),t.morphTargetInfluences!==void 0?this.morphTargetInfluences=t.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,t.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},t.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(t.material)?t.material.slice():t.material,this.geometry=t.geometry,this}computeLineDistances(){let t=this.geometry;if(t.index===null){let e=t.attributes.position,n=[0];for(let i=1,r=e.count;i<r;i++)rl.fromBufferAttribute(e,i-1),ol.fromBufferAttribute(e,i),n[i]=n[i-1],n[i]+=rl.distanceTo(ol);t.setAttribute("lineDistance",new _e(n,1))}else Rt("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(t){return t.intersectsObject(this)}raycast(t,e){let n=this.geometry,i=this.matrixWorld,r=t.params.Line.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),Ua.copy(n.boundingSphere),Ua.applyMatrix4(i),Ua.radius+=r,t.ray.intersectsSphere(Ua)===!1)return;Nf.copy(i).invert(),kr.copy(t.ray).applyMatrix4(Nf);let a=r/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=this.isLineSegments?2:1,h=n.index,d=n.attributes.position;if(h!==null){let f=Math.max(0,o.start),p=Math.min(h.count,o.start+o.count);for(let y=f,g=p-1;y<g;y+=c){let m=h.getX(y),x=h.getX(y+1),b=Fa(this,t,kr,l,m,x,y);b&&e.push(b)}if(this.isLineLoop){let y=h.getX(p-1),g=h.getX(f),m=Fa(this,t,kr,l,y,g,p-1);m&&e.push(m)}}else{let f=Math.max(0,o.start),p=Math.min(d.count,o.start+o.count);for(let y=f,g=p-1;y<g;y+=c){let m=Fa(this,t,kr,l,y,y+1,y);m&&e.push(m)}if(this.isLineLoop){let y=Fa(this,t,kr,l,p-1,f,p-1);y&&e.push(y)}}}updateMorphTargets(){let e=this.geometry.morphAttributes,n=Object.keys(e);if(n.length>0){let i=e[n[0]];if(i!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=i.length;r<o;r++){let a=i[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}};function Fa(s,t,e,n,i,r,o){let a=s.geometry.attributes.position;if(rl.fromBufferAttribute(a,i),ol.fromBufferAttribute(a,r),e.distanceSqToSegment(rl,ol,Zh,Uf)>n)return;Zh.applyMatrix4(s.matrixWorld);let c=t.ray.origin.distanceTo(Zh);if(!(c<t.near||c>t.far))return{distance:c,point:Uf.clone().applyMatrix4(s.matrixWorld),index:o,face:null,faceIndex:null,barycoord:null,object:s}}var Ff=new R,Of=new R,Ks=class extends ki{constructor(t,e){super(t,e),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let t=this.geometry;if(t.index===null){let e=t.attributes.position,n=[];for(let i=0,r=e.count;i<r;i+=2)Ff.fromBufferAttribute(e,i),Of.fromBufferAttribute(e,i+1),n[i]=i===0?0:n[i-1],n[i+1]=n[i]+Ff.distanceTo(Of);t.setAttribute("lineDistance",new _e(n,1))}else Rt("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}},js=class extends ki{constructor(t,e){super(t,e),this.isLineLoop=!0,this.type="LineLoop"}},al=class extends Yn{constructor(t){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new Nt(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(t)}copy(t){return super.copy(t),this.color.copy(t.color),this.map=t.map,this.alphaMap=t.alphaMap,this.size=t.size,this.sizeAttenuation=t.sizeAttenuation,this.fog=t.fog,this}},Bf=new It,ru=new Zn,Oa=new en,Ba=new R,Qs=class extends we{constructor(t=new ye,e=new al){super(),this.isPoints=!0,this.type="Points",this.geometry=t,this.material=e,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(t,e){return super.copy(t,e),t.morphTargetInfluences!==void 0?this.morphTargetInfluences=t.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,t.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},t.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(t.material)?t.material.slice():t.material,this.geometry=t.geometry,this}intersectsFrustum(t){return t.intersectsObject(this)}raycast(t,e){let n=this.geometry,i=this.matrixWorld,r=t.params.Points.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),Oa.copy(n.boundingSphere),Oa.applyMatrix4(i),Oa.radius+=r,t.ray.intersectsSphere(Oa)===!1)return;Bf.copy(i).invert(),ru.copy(t.ray).applyMatrix4(Bf);let a=r/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=n.index,u=n.attributes.position;if(c!==null){let d=Math.max(0,o.start),f=Math.min(c.count,o.start+o.count);for(let p=d,y=f;p<y;p++){let g=c.getX(p);Ba.fromBufferAttribute(u,g),kf(Ba,g,l,i,t,e,this)}}else{let d=Math.max(0,o.start),f=Math.min(u.count,o.start+o.count);for(let p=d,y=f;p<y;p++)Ba.fromBufferAttribute(u,p),kf(Ba,p,l,i,t,e,this)}}updateMorphTargets(){let e=this.geometry.morphAttributes,n=Object.keys(e);if(n.length>0){let i=e[n[0]];if(i!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=i.length;r<o;r++){let a=i[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}};function kf(s,t,e,n,i,r,o){let a=ru.distanceSqToPoint(s);if(a<e){let l=new R;ru.closestPointToPoint(s,l),l.applyMatrix4(n);let c=i.ray.origin.distanceTo(l);if(c<i.near||c>i.far)return;r.push({distance:c,distanceToRay:Math.sqrt(a),point:l,index:t,face:null,faceIndex:null,barycoord:null,object:o})}}var no=class extends dn{constructor(t=[],e=us,n,i,r,o,a,l,c,h){super(t,e,n,i,r,o,a,l,c,h),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(t){this.image=t}},tr=class extends dn{constructor(t,e,n,i,r,o,a,l,c){super(t,e,n,i,r,o,a,l,c),this.isCanvasTexture=!0,this.needsUpdate=!0}};var Ei=class extends dn{constructor(t,e,n=kn,i,r,o,a=ke,l=ke,c,h=bi,u=1){if(h!==bi&&h!==Ai)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let d={width:t,height:e,depth:u};super(d,i,r,o,a,l,h,n,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(t){return super.copy(t),this.source=new Xs(Object.assign({},t.image)),this.compareFunction=t.compareFunction,this}toJSON(t){let e=super.toJSON(t);return e.compareFunction=this.compareFunction,e}},io=class extends Ei{constructor(t,e=kn,n=us,i,r,o=ke,a=ke,l,c=bi){let h={width:t,height:t,depth:1},u=[h,h,h,h,h,h];super(t,t,e,n,i,r,o,a,l,c),this.image=u,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(t){this.image=t}},so=class extends dn{constructor(t=null){super(),this.sourceTexture=t,this.isExternalTexture=!0}copy(t){return super.copy(t),this.sourceTexture=t.sourceTexture,this}},er=class s extends ye{constructor(t=1,e=1,n=1,i=1,r=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:t,height:e,depth:n,widthSegments:i,heightSegments:r,depthSegments:o};let a=this;i=Math.floor(i),r=Math.floor(r),o=Math.floor(o);let l=[],c=[],h=[],u=[],d=0,f=0;p("z","y","x",-1,-1,n,e,t,o,r,0),p("z","y","x",1,-1,n,e,-t,o,r,1),p("x","z","y",1,1,t,n,e,i,o,2),p("x","z","y",1,-1,t,n,-e,i,o,3),p("x","y","z",1,-1,t,e,n,i,r,4),p("x","y","z",-1,-1,t,e,-n,i,r,5),this.setIndex(l),this.setAttribute("position",new _e(c,3)),this.setAttribute("normal",new _e(h,3)),this.setAttribute("uv",new _e(u,2));function p(y,g,m,x,b,v,S,E,_,M,I){let A=v/_,P=S/M,L=v/2,F=S/2,D=E/2,k=_+1,G=M+1,W=0,et=0,q=new R;for(let Q=0;Q<G;Q++){let tt=Q*P-F;for(let vt=0;vt<k;vt++){let Dt=vt*A-L;q[y]=Dt*x,q[g]=tt*b,q[m]=D,c.push(q.x,q.y,q.z),q[y]=0,q[g]=0,q[m]=E>0?1:-1,h.push(q.x,q.y,q.z),u.push(vt/_),u.push(1-Q/M),W+=1}}for(let Q=0;Q<M;Q++)for(let tt=0;tt<_;tt++){let vt=d+tt+k*Q,Dt=d+tt+k*(Q+1),J=d+(tt+1)+k*(Q+1),ut=d+(tt+1)+k*Q;l.push(vt,Dt,ut),l.push(Dt,J,ut),et+=6}a.addGroup(f,et,I),f+=et,d+=W}}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new s(t.width,t.height,t.depth,t.widthSegments,t.heightSegments,t.depthSegments)}};var On=class{constructor(){this.type="Curve",this.arcLengthDivisions=200,this.needsUpdate=!1,this.cacheArcLengths=null}getPoint(){Rt("Curve: .getPoint() not implemented.")}getPointAt(t,e){let n=this.getUtoTmapping(t);return this.getPoint(n,e)}getPoints(t=5){let e=[];for(let n=0;n<=t;n++)e.push(this.getPoint(n/t));return e}getSpacedPoints(t=5){let e=[];for(let n=0;n<=t;n++)e.push(this.getPointAt(n/t));return e}getLength(){let t=this.getLengths();return t[t.length-1]}getLengths(t=this.arcLengthDivisions){if(this.cacheArcLengths&&this.cacheArcLengths.length===t+1&&!this.needsUpdate)return this.cacheArcLengths;this.needsUpdate=!1;let e=[],n,i=this.getPoint(0),r=0;e.push(0);for(let o=1;o<=t;o++)n=this.getPoint(o/t),r+=n.distanceTo(i),e.push(r),i=n;return this.cacheArcLengths=e,e}updateArcLengths(){this.needsUpdate=!0,this.getLengths()}getUtoTmapping(t,e=null){let n=this.getLengths(),i=0,r=n.length,o;e?o=e:o=t*n[r-1];let a=0,l=r-1,c;for(;a<=l;)if(i=Math.floor(a+(l-a)/2),c=n[i]-o,c<0)a=i+1;else if(c>0)l=i-1;else{l=i;break}if(i=l,n[i]===o)return i/(r-1);let h=n[i],d=n[i+1]-h,f=(o-h)/d;return(i+f)/(r-1)}getTangent(t,e){let i=t-1e-4,r=t+1e-4;i<0&&(i=0),r>1&&(r=1);let o=this.getPoint(i),a=this.getPoint(r),l=e||(o.isVector2?new st:new R);return l.copy(a).sub(o).normalize(),l}getTangentAt(t,e){let n=this.getUtoTmapping(t);return this.getTangent(n,e)}computeFrenetFrames(t,e=!1){let n=new R,i=[],r=[],o=[],a=new R,l=new It;for(let f=0;f<=t;f++){let p=f/t;i[f]=this.getTangentAt(p,new R)}r[0]=new R,o[0]=new R;let c=Number.MAX_VALUE,h=Math.abs(i[0].x),u=Math.abs(i[0].y),d=Math.abs(i[0].z);h<=c&&(c=h,n.set(1,0,0)),u<=c&&(c=u,n.set(0,1,0)),d<=c&&n.set(0,0,1),a.crossVectors(i[0],n).normalize(),r[0].crossVectors(i[0],a),o[0].crossVectors(i[0],r[0]);for(let f=1;f<=t;f++){if(r[f]=r[f-1].clone(),o[f]=o[f-1].clone(),a.crossVectors(i[f-1],i[f]),a.length()>Number.EPSILON){a.normalize();let p=Math.acos(Ft(i[f-1].dot(i[f]),-1,1));r[f].applyMatrix4(l.makeRotationAxis(a,p))}o[f].crossVectors(i[f],r[f])}if(e===!0){let f=Math.acos(Ft(r[0].dot(r[t]),-1,1));f/=t,i[0].dot(a.crossVectors(r[0],r[t]))>0&&(f=-f);for(let p=1;p<=t;p++)r[p].applyMatrix4(l.makeRotationAxis(i[p],f*p)),o[p].crossVectors(i[p],r[p])}return{tangents:i,normals:r,binormals:o}}clone(){return new this.constructor().copy(this)}copy(t){return this.arcLengthDivisions=t.arcLengthDivisions,this.cacheArcLengths=null,this}toJSON(){let t={metadata:{version:4.7,type:"Curve",generator:"Curve.toJSON"}};return t.arcLengthDivisions=this.arcLengthDivisions,t.type=this.type,t}fromJSON(t){return this.arcLengthDivisions=t.arcLengthDivisions,this.cacheArcLengths=null,this}},ro=class extends On{constructor(t=0,e=0,n=1,i=1,r=0,o=Math.PI*2,a=!1,l=0){super(),this.isEllipseCurve=!0,this.type="EllipseCurve",this.aX=t,this.aY=e,this.xRadius=n,this.yRadius=i,this.aStartAngle=r,this.aEndAngle=o,this.aClockwise=a,this.aRotation=l}getPoint(t,e=new st){let n=e,i=Math.PI*2,r=this.aEndAngle-this.aStartAngle,o=Math.abs(r)<Number.EPSILON;for(;r<0;)r+=i;for(;r>i;)r-=i;r<Number.EPSILON&&(o?r=0:r=i),this.aClockwise===!0&&!o&&(r===i?r=-i:r=r-i);let a=this.aStartAngle+t*r,l=this.aX+this.xRadius*Math.cos(a),c=this.aY+this.yRadius*Math.sin(a);if(this.aRotation!==0){let h=Math.cos(this.aRotation),u=Math.sin(this.aRotation),d=l-this.aX,f=c-this.aY;l=d*h-f*u+this.aX,c=d*u+f*h+this.aY}return n.set(l,c)}copy(t){return super.copy(t),this.aX=t.aX,this.aY=t.aY,this.xRadius=t.xRadius,this.yRadius=t.yRadius,this.aStartAngle=t.aStartAngle,this.aEndAngle=t.aEndAngle,this.aClockwise=t.aClockwise,this.aRotation=t.aRotation,this}toJSON(){let t=super.toJSON();return t.aX=this.aX,t.aY=this.aY,t.xRadius=this.xRadius,t.yRadius=this.yRadius,t.aStartAngle=this.aStartAngle,t.aEndAngle=this.aEndAngle,t.aClockwise=this.aClockwise,t.aRotation=this.aRotation,t}fromJSON(t){return super.fromJSON(t),this.aX=t.aX,this.aY=t.aY,this.xRadius=t.xRadius,this.yRadius=t.yRadius,this.aStartAngle=t.aStartAngle,this.aEndAngle=t.aEndAngle,this.aClockwise=t.aClockwise,this.aRotation=t.aRotation,this}},ll=class extends ro{constructor(t,e,n,i,r,o){super(t,e,n,n,i,r,o),this.isArcCurve=!0,this.type="ArcCurve"}};function ku(){let s=0,t=0,e=0,n=0;function i(r,o,a,l){s=r,t=a,e=-3*r+3*o-2*a-l,n=2*r-2*o+a+l}return{initCatmullRom:function(r,o,a,l,c){i(o,a,c*(a-r),c*(l-o))},initNonuniformCatmullRom:function(r,o,a,l,c,h,u){let d=(o-r)/c-(a-r)/(c+h)+(a-o)/h,f=(a-o)/h-(l-o)/(h+u)+(l-a)/u;d*=h,f*=h,i(o,a,d,f)},calc:function(r){let o=r*r,a=o*r;return s+t*r+e*o+n*a}}}var zf=new R,Hf=new R,$h=new ku,Jh=new ku,Kh=new ku,zi=class extends On{constructor(t=[],e=!1,n="centripetal",i=.5){super(),this.isCatmullRomCurve3=!0,this.type="CatmullRomCurve3",this.points=t,this.closed=e,this.curveType=n,this.tension=i}getPoint(t,e=new R){let n=e,i=this.points,r=i.length,o=(r-(this.closed?0:1))*t,a=Math.floor(o),l=o-a;this.closed?a+=a>0?0:(Math.floor(Math.abs(a)/r)+1)*r:l===0&&a===r-1&&(a=r-2,l=1);let c,h;this.closed||a>0?c=i[(a-1)%r]:(Hf.subVectors(i[0],i[1]).add(i[0]),c=Hf);let u=i[a%r],d=i[(a+1)%r];if(this.closed||a+2<r?h=i[(a+2)%r]:(zf.subVectors(i[r-1],i[r-2]).add(i[r-1]),h=zf),this.curveType==="centripetal"||this.curveType==="chordal"){let f=this.curveType==="chordal"?.5:.25,p=Math.pow(c.distanceToSquared(u),f),y=Math.pow(u.distanceToSquared(d),f),g=Math.pow(d.distanceToSquared(h),f);y<1e-4&&(y=1),p<1e-4&&(p=y),g<1e-4&&(g=y),$h.initNonuniformCatmullRom(c.x,u.x,d.x,h.x,p,y,g),Jh.initNonuniformCatmullRom(c.y,u.y,d.y,h.y,p,y,g),Kh.initNonuniformCatmullRom(c.z,u.z,d.z,h.z,p,y,g)}else this.curveType==="catmullrom"&&($h.initCatmullRom(c.x,u.x,d.x,h.x,this.tension),Jh.initCatmullRom(c.y,u.y,d.y,h.y,this.tension),Kh.initCatmullRom(c.z,u.z,d.z,h.z,this.tension));return n.set($h.calc(l),Jh.calc(l),Kh.calc(l)),n}copy(t){super.copy(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let i=t.points[e];this.points.push(i.clone())}return this.closed=t.closed,this.curveType=t.curveType,this.tension=t.tension,this}toJSON(){let t=super.toJSON();t.points=[];for(let e=0,n=this.points.length;e<n;e++){let i=this.points[e];t.points.push(i.toArray())}return t.closed=this.closed,t.curveType=this.curveType,t.tension=this.tension,t}fromJSON(t){super.fromJSON(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let i=t.points[e];this.points.push(new R().fromArray(i))}return this.closed=t.closed,this.curveType=t.curveType,this.tension=t.tension,this}};function Vf(s,t,e,n,i){let r=(n-t)*.5,o=(i-e)*.5,a=s*s,l=s*a;return(2*e-2*n+r+o)*l+(-3*e+3*n-2*r-o)*a+r*s+e}function P_(s,t){let e=1-s;return e*e*t}function I_(s,t){return 2*(1-s)*s*t}function L_(s,t){return s*s*t}function Gr(s,t,e,n){return P_(s,t)+I_(s,e)+L_(s,n)}function D_(s,t){let e=1-s;return e*e*e*t}function N_(s,t){let e=1-s;return 3*e*e*s*t}function U_(s,t){return 3*(1-s)*s*s*t}function F_(s,t){return s*s*s*t}function Wr(s,t,e,n,i){return D_(s,t)+N_(s,e)+U_(s,n)+F_(s,i)}var cl=class extends On{constructor(t=new st,e=new st,n=new st,i=new st){super(),this.isCubicBezierCurve=!0,this.type="CubicBezierCurve",this.v0=t,this.v1=e,this.v2=n,this.v3=i}getPoint(t,e=new st){let n=e,i=this.v0,r=this.v1,o=this.v2,a=this.v3;return n.set(Wr(t,i.x,r.x,o.x,a.x),Wr(t,i.y,r.y,o.y,a.y)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this.v3.copy(t.v3),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t.v3=this.v3.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this.v3.fromArray(t.v3),this}},hl=class extends On{constructor(t=new R,e=new R,n=new R,i=new R){super(),this.isCubicBezierCurve3=!0,this.type="CubicBezierCurve3",this.v0=t,this.v1=e,this.v2=n,this.v3=i}getPoint(t,e=new R){let n=e,i=this.v0,r=this.v1,o=this.v2,a=this.v3;return n.set(Wr(t,i.x,r.x,o.x,a.x),Wr(t,i.y,r.y,o.y,a.y),Wr(t,i.z,r.z,o.z,a.z)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this.v3.copy(t.v3),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t.v3=this.v3.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this.v3.fromArray(t.v3),this}},ul=class extends On{constructor(t=new st,e=new st){super(),this.isLineCurve=!0,this.type="LineCurve",this.v1=t,this.v2=e}getPoint(t,e=new st){let n=e;return t===1?n.copy(this.v2):(n.copy(this.v2).sub(this.v1),n.multiplyScalar(t).add(this.v1)),n}getPointAt(t,e){return this.getPoint(t,e)}getTangent(t,e=new st){return e.subVectors(this.v2,this.v1).normalize()}getTangentAt(t,e){return this.getTangent(t,e)}copy(t){return super.copy(t),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},dl=class extends On{constructor(t=new R,e=new R){super(),this.isLineCurve3=!0,this.type="LineCurve3",this.v1=t,this.v2=e}getPoint(t,e=new R){let n=e;return t===1?n.copy(this.v2):(n.copy(this.v2).sub(this.v1),n.multiplyScalar(t).add(this.v1)),n}getPointAt(t,e){return this.getPoint(t,e)}getTangent(t,e=new R){return e.subVectors(this.v2,this.v1).normalize()}getTangentAt(t,e){return this.getTangent(t,e)}copy(t){return super.copy(t),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},fl=class extends On{constructor(t=new st,e=new st,n=new st){super(),this.isQuadraticBezierCurve=!0,this.type="QuadraticBezierCurve",this.v0=t,this.v1=e,this.v2=n}getPoint(t,e=new st){let n=e,i=this.v0,r=this.v1,o=this.v2;return n.set(Gr(t,i.x,r.x,o.x),Gr(t,i.y,r.y,o.y)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},oo=class extends On{constructor(t=new R,e=new R,n=new R){super(),this.isQuadraticBezierCurve3=!0,this.type="QuadraticBezierCurve3",this.v0=t,this.v1=e,this.v2=n}getPoint(t,e=new R){let n=e,i=this.v0,r=this.v1,o=this.v2;return n.set(Gr(t,i.x,r.x,o.x),Gr(t,i.y,r.y,o.y),Gr(t,i.z,r.z,o.z)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},pl=class extends On{constructor(t=[]){super(),this.isSplineCurve=!0,this.type="SplineCurve",this.points=t}getPoint(t,e=new st){let n=e,i=this.points,r=(i.length-1)*t,o=Math.floor(r),a=r-o,l=i[o===0?o:o-1],c=i[o],h=i[o>i.length-2?i.length-1:o+1],u=i[o>i.length-3?i.length-1:o+2];return n.set(Vf(a,l.x,c.x,h.x,u.x),Vf(a,l.y,c.y,h.y,u.y)),n}copy(t){super.copy(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let i=t.points[e];this.points.push(i.clone())}return this}toJSON(){let t=super.toJSON();t.points=[];for(let e=0,n=this.points.length;e<n;e++){let i=this.points[e];t.points.push(i.toArray())}return t}fromJSON(t){super.fromJSON(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let i=t.points[e];this.points.push(new st().fromArray(i))}return this}},O_=Object.freeze({__proto__:null,ArcCurve:ll,CatmullRomCurve3:zi,CubicBezierCurve:cl,CubicBezierCurve3:hl,EllipseCurve:ro,LineCurve:ul,LineCurve3:dl,QuadraticBezierCurve:fl,QuadraticBezierCurve3:oo,SplineCurve:pl});var ao=class s extends ye{constructor(t=1,e=1,n=1,i=1){super(),this.type="PlaneGeometry",this.parameters={width:t,height:e,widthSegments:n,heightSegments:i};let r=t/2,o=e/2,a=Math.floor(n),l=Math.floor(i),c=a+1,h=l+1,u=t/a,d=e/l,f=[],p=[],y=[],g=[];for(let m=0;m<h;m++){let x=m*d-o;for(let b=0;b<c;b++){let v=b*u-r;p.push(v,-x,0),y.push(0,0,1),g.push(b/a),g.push(1-m/l)}}for(let m=0;m<l;m++)for(let x=0;x<a;x++){let b=x+c*m,v=x+c*(m+1),S=x+1+c*(m+1),E=x+1+c*m;f.push(b,v,E),f.push(v,S,E)}this.setIndex(f),this.setAttribute("position",new _e(p,3)),this.setAttribute("normal",new _e(y,3)),this.setAttribute("uv",new _e(g,2))}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new s(t.width,t.height,t.widthSegments,t.heightSegments)}},as=class s extends ye{constructor(t=.5,e=1,n=32,i=1,r=0,o=Math.PI*2){super(),this.type="RingGeometry",this.parameters={innerRadius:t,outerRadius:e,thetaSegments:n,phiSegments:i,thetaStart:r,thetaLength:o},n=Math.max(3,n),i=Math.max(1,i);let a=[],l=[],c=[],h=[],u=t,d=(e-t)/i,f=new R,p=new st;for(let y=0;y<=i;y++){for(let g=0;g<=n;g++){let m=r+g/n*o;f.x=u*Math.cos(m),f.y=u*Math.sin(m),l.push(f.x,f.y,f.z),c.push(0,0,1),p.x=(f.x/e+1)/2,p.y=(f.y/e+1)/2,h.push(p.x,p.y)}u+=d}for(let y=0;y<i;y++){let g=y*(n+1);for(let m=0;m<n;m++){let x=m+g,b=x,v=x+n+1,S=x+n+2,E=x+1;a.push(b,v,E),a.push(v,S,E)}}this.setIndex(a),this.setAttribute("position",new _e(l,3)),this.setAttribute("normal",new _e(c,3)),this.setAttribute("uv",new _e(h,2))}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new s(t.innerRadius,t.outerRadius,t.thetaSegments,t.phiSegments,t.thetaStart,t.thetaLength)}};var ls=class s extends ye{constructor(t=1,e=32,n=16,i=0,r=Math.PI*2,o=0,a=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:t,widthSegments:e,heightSegments:n,phiStart:i,phiLength:r,thetaStart:o,thetaLength:a},e=Math.max(3,Math.floor(e)),n=Math.max(2,Math.floor(n));let l=Math.min(o+a,Math.PI),c=0,h=[],u=new R,d=new R,f=[],p=[],y=[],g=[];for(let m=0;m<=n;m++){let x=[],b=m/n,v=o+b*a,S=t*Math.cos(v),E=Math.sqrt(t*t-S*S),_=0;m===0&&o===0?_=.5/e:m===n&&l===Math.PI&&(_=-.5/e);for(let M=0;M<=e;M++){let I=M/e,A=i+I*r;u.x=-E*Math.cos(A),u.y=S,u.z=E*Math.sin(A),p.push(u.x,u.y,u.z),d.copy(u).normalize(),y.push(d.x,d.y,d.z),g.push(I+_,1-b),x.push(c++)}h.push(x)}for(let m=0;m<n;m++)for(let x=0;x<e;x++){let b=h[m][x+1],v=h[m][x],S=h[m+1][x],E=h[m+1][x+1];(m!==0||o>0)&&f.push(b,v,E),(m!==n-1||l<Math.PI)&&f.push(v,S,E)}this.setIndex(f),this.setAttribute("position",new _e(p,3)),this.setAttribute("normal",new _e(y,3)),this.setAttribute("uv",new _e(g,2))}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new s(t.radius,t.widthSegments,t.heightSegments,t.phiStart,t.phiLength,t.thetaStart,t.thetaLength)}};var An=class s extends ye{constructor(t=new oo(new R(-1,-1,0),new R(-1,1,0),new R(1,1,0)),e=64,n=1,i=8,r=!1){super(),this.type="TubeGeometry",this.parameters={path:t,tubularSegments:e,radius:n,radialSegments:i,closed:r};let o=t.computeFrenetFrames(e,r);this.tangents=o.tangents,this.normals=o.normals,this.binormals=o.binormals;let a=new R,l=new R,c=new st,h=new R,u=[],d=[],f=[],p=[];y(),this.setIndex(p),this.setAttribute("position",new _e(u,3)),this.setAttribute("normal",new _e(d,3)),this.setAttribute("uv",new _e(f,2));function y(){for(let b=0;b<e;b++)g(b);g(r===!1?e:0),x(),m()}function g(b){h=t.getPointAt(b/e,h);let v=o.normals[b],S=o.binormals[b];for(let E=0;E<=i;E++){let _=E/i*Math.PI*2,M=Math.sin(_),I=-Math.cos(_);l.x=I*v.x+M*S.x,l.y=I*v.y+M*S.y,l.z=I*v.z+M*S.z,l.normalize(),d.push(l.x,l.y,l.z),a.x=h.x+n*l.x,a.y=h.y+n*l.y,a.z=h.z+n*l.z,u.push(a.x,a.y,a.z)}}function m(){for(let b=1;b<=e;b++)for(let v=1;v<=i;v++){let S=(i+1)*(b-1)+(v-1),E=(i+1)*b+(v-1),_=(i+1)*b+v,M=(i+1)*(b-1)+v;p.push(S,E,M),p.push(E,_,M)}}function x(){for(let b=0;b<=e;b++)for(let v=0;v<=i;v++)c.x=b/e,c.y=v/i,f.push(c.x,c.y)}}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}toJSON(){let t=super.toJSON();return t.path=this.parameters.path.toJSON(),t}static fromJSON(t){return new s(new O_[t.path.type]().fromJSON(t.path),t.tubularSegments,t.radius,t.radialSegments,t.closed)}};function fs(s){let t={};for(let e in s){t[e]={};for(let n in s[e]){let i=s[e][n];if(Gf(i))i.isRenderTargetTexture?(Rt("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),t[e][n]=null):t[e][n]=i.clone();else if(Array.isArray(i))if(Gf(i[0])){let r=[];for(let o=0,a=i.length;o<a;o++)r[o]=i[o].clone();t[e][n]=r}else t[e][n]=i.slice();else t[e][n]=i}}return t}function rn(s){let t={};for(let e=0;e<s.length;e++){let n=fs(s[e]);for(let i in n)t[i]=n[i]}return t}function Gf(s){return s&&(s.isColor||s.isMatrix3||s.isMatrix4||s.isVector2||s.isVector3||s.isVector4||s.isTexture||s.isQuaternion)}function B_(s){let t=[];for(let e=0;e<s.length;e++)t.push(s[e].clone());return t}function zu(s){let t=s.getRenderTarget();return t===null?s.outputColorSpace:t.isXRRenderTarget===!0?t.texture.colorSpace:Xt.workingColorSpace}var xc={clone:fs,merge:rn},k_=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,z_=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,We=class extends Yn{constructor(t){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=k_,this.fragmentShader=z_,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,t!==void 0&&this.setValues(t)}copy(t){return super.copy(t),this.fragmentShader=t.fragmentShader,this.vertexShader=t.vertexShader,this.uniforms=fs(t.uniforms),this.uniformsGroups=B_(t.uniformsGroups),this.defines=Object.assign({},t.defines),this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this.fog=t.fog,this.lights=t.lights,this.clipping=t.clipping,this.extensions=Object.assign({},t.extensions),this.glslVersion=t.glslVersion,this.defaultAttributeValues=Object.assign({},t.defaultAttributeValues),this.index0AttributeName=t.index0AttributeName,this.uniformsNeedUpdate=t.uniformsNeedUpdate,this}toJSON(t){let e=super.toJSON(t);e.glslVersion=this.glslVersion,e.uniforms={};for(let i in this.uniforms){let o=this.uniforms[i].value;o&&o.isTexture?e.uniforms[i]={type:"t",value:o.toJSON(t).uuid}:o&&o.isColor?e.uniforms[i]={type:"c",value:o.getHex()}:o&&o.isVector2?e.uniforms[i]={type:"v2",value:o.toArray()}:o&&o.isVector3?e.uniforms[i]={type:"v3",value:o.toArray()}:o&&o.isVector4?e.uniforms[i]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?e.uniforms[i]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?e.uniforms[i]={type:"m4",value:o.toArray()}:e.uniforms[i]={value:o}}Object.keys(this.defines).length>0&&(e.defines=this.defines),e.vertexShader=this.vertexShader,e.fragmentShader=this.fragmentShader,e.lights=this.lights,e.clipping=this.clipping;let n={};for(let i in this.extensions)this.extensions[i]===!0&&(n[i]=!0);return Object.keys(n).length>0&&(e.extensions=n),e}fromJSON(t,e){if(super.fromJSON(t,e),t.uniforms!==void 0)for(let n in t.uniforms){let i=t.uniforms[n];switch(this.uniforms[n]={},i.type){case"t":this.uniforms[n].value=e[i.value]||null;break;case"c":this.uniforms[n].value=new Nt().setHex(i.value);break;case"v2":this.uniforms[n].value=new st().fromArray(i.value);break;case"v3":this.uniforms[n].value=new R().fromArray(i.value);break;case"v4":this.uniforms[n].value=new xe().fromArray(i.value);break;case"m3":this.uniforms[n].value=new Ot().fromArray(i.value);break;case"m4":this.uniforms[n].value=new It().fromArray(i.value);break;default:this.uniforms[n].value=i.value}}if(t.defines!==void 0&&(this.defines=t.defines),t.vertexShader!==void 0&&(this.vertexShader=t.vertexShader),t.fragmentShader!==void 0&&(this.fragmentShader=t.fragmentShader),t.glslVersion!==void 0&&(this.glslVersion=t.glslVersion),t.extensions!==void 0)for(let n in t.extensions)this.extensions[n]=t.extensions[n];return t.lights!==void 0&&(this.lights=t.lights),t.clipping!==void 0&&(this.clipping=t.clipping),this}},ml=class extends We{constructor(t){super(t),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}},$n=class extends Yn{constructor(t){super(),this.isMeshStandardMaterial=!0,this.type="MeshStandardMaterial",this.defines={STANDARD:""},this.color=new Nt(16777215),this.roughness=1,this.metalness=0,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Nt(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=gc,this.normalScale=new st(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.roughnessMap=null,this.metalnessMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Si,this.envMapIntensity=1,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(t)}copy(t){return super.copy(t),this.defines={STANDARD:""},this.color.copy(t.color),this.roughness=t.roughness,this.metalness=t.metalness,this.map=t.map,this.lightMap=t.lightMap,this.lightMapIntensity=t.lightMapIntensity,this.aoMap=t.aoMap,this.aoMapIntensity=t.aoMapIntensity,this.emissive.copy(t.emissive),this.emissiveMap=t.emissiveMap,this.emissiveIntensity=t.emissiveIntensity,this.bumpMap=t.bumpMap,this.bumpScale=t.bumpScale,this.normalMap=t.normalMap,this.normalMapType=t.normalMapType,this.normalScale.copy(t.normalScale),this.displacementMap=t.displacementMap,this.displacementScale=t.displacementScale,this.displacementBias=t.displacementBias,this.roughnessMap=t.roughnessMap,this.metalnessMap=t.metalnessMap,this.alphaMap=t.alphaMap,this.envMap=t.envMap,this.envMapRotation.copy(t.envMapRotation),this.envMapIntensity=t.envMapIntensity,this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this.wireframeLinecap=t.wireframeLinecap,this.wireframeLinejoin=t.wireframeLinejoin,this.flatShading=t.flatShading,this.fog=t.fog,this}};var gl=class extends Yn{constructor(t){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=Mp,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(t)}copy(t){return super.copy(t),this.depthPacking=t.depthPacking,this.map=t.map,this.alphaMap=t.alphaMap,this.displacementMap=t.displacementMap,this.displacementScale=t.displacementScale,this.displacementBias=t.displacementBias,this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this}},_l=class extends Yn{constructor(t){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(t)}copy(t){return super.copy(t),this.map=t.map,this.alphaMap=t.alphaMap,this.displacementMap=t.displacementMap,this.displacementScale=t.displacementScale,this.displacementBias=t.displacementBias,this}};function Us(s,t){return!s||s.constructor===t?s:typeof t.BYTES_PER_ELEMENT=="number"?new t(s):Array.prototype.slice.call(s)}function ka(s){return s!==void 0&&s.inTangents!==void 0&&s.outTangents!==void 0}var Hi=class{constructor(t,e,n,i){this.parameterPositions=t,this._cachedIndex=0,this.resultBuffer=i!==void 0?i:new e.constructor(n),this.sampleValues=e,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(t){let e=this.parameterPositions,n=this._cachedIndex,i=e[n],r=e[n-1];n:{t:{let o;e:{i:if(!(t<i)){for(let a=n+2;;){if(i===void 0){if(t<r)break i;return n=e.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===a)break;if(r=i,i=e[++n],t<i)break t}o=e.length;break e}if(!(t>=r)){let a=e[1];t<a&&(n=2,r=a);for(let l=n-2;;){if(r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===l)break;if(i=r,r=e[--n-1],t>=r)break t}o=n,n=0;break e}break n}for(;n<o;){let a=n+o>>>1;t<e[a]?o=a:n=a+1}if(i=e[n],r=e[n-1],r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===void 0)return n=e.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,r,i)}return this.interpolate_(n,r,t,i)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(t){let e=this.resultBuffer,n=this.sampleValues,i=this.valueSize,r=t*i;for(let o=0;o!==i;++o)e[o]=n[r+o];return e}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},xl=class extends Hi{constructor(t,e,n,i){super(t,e,n,i),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:eu,endingEnd:eu}}intervalChanged_(t,e,n){let i=this.parameterPositions,r=t-2,o=t+1,a=i[r],l=i[o];if(a===void 0)switch(this.getSettings_().endingStart){case nu:r=t,a=2*e-n;break;case iu:r=i.length-2,a=e+i[r]-i[r+1];break;default:r=t,a=n}if(l===void 0)switch(this.getSettings_().endingEnd){case nu:o=t,l=2*n-e;break;case iu:o=1,l=n+i[1]-i[0];break;default:o=t-1,l=e}let c=(n-e)*.5,h=this.valueSize;this._weightPrev=c/(e-a),this._weightNext=c/(l-n),this._offsetPrev=r*h,this._offsetNext=o*h}interpolate_(t,e,n,i){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=t*a,c=l-a,h=this._offsetPrev,u=this._offsetNext,d=this._weightPrev,f=this._weightNext,p=(n-e)/(i-e),y=p*p,g=y*p,m=-d*g+2*d*y-d*p,x=(1+d)*g+(-1.5-2*d)*y+(-.5+d)*p+1,b=(-1-f)*g+(1.5+f)*y+.5*p,v=f*g-f*y;for(let S=0;S!==a;++S)r[S]=m*o[h+S]+x*o[c+S]+b*o[l+S]+v*o[u+S];return r}},yl=class extends Hi{constructor(t,e,n,i){super(t,e,n,i)}interpolate_(t,e,n,i){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=t*a,c=l-a,h=(n-e)/(i-e),u=1-h;for(let d=0;d!==a;++d)r[d]=o[c+d]*u+o[l+d]*h;return r}},vl=class extends Hi{constructor(t,e,n,i){super(t,e,n,i)}interpolate_(t){return this.copySampleValue_(t-1)}},bl=class extends Hi{interpolate_(t,e,n,i){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=t*a,c=l-a,h=this.inTangents,u=this.outTangents;if(!h||!u){let p=(n-e)/(i-e),y=1-p;for(let g=0;g!==a;++g)r[g]=o[c+g]*y+o[l+g]*p;return r}let d=a*2,f=t-1;for(let p=0;p!==a;++p){let y=o[c+p],g=o[l+p],m=f*d+p*2,x=u[m],b=u[m+1],v=t*d+p*2,S=h[v],E=h[v+1],_=V_(n,e,x,S,i);r[p]=Op(_,y,b,E,g)}return r}};function Op(s,t,e,n,i){let r=1-s;return r*r*r*t+3*r*r*s*e+3*r*s*s*n+s*s*s*i}function H_(s,t,e,n,i){let r=1-s;return 3*r*r*(e-t)+6*r*s*(n-e)+3*s*s*(i-n)}function V_(s,t,e,n,i){let r=(s-t)/(i-t);for(let o=0;o<8;o++){let a=Op(r,t,e,n,i)-s;if(Math.abs(a)<1e-10)break;let l=H_(r,t,e,n,i);if(Math.abs(l)<1e-10)break;r=Math.max(0,Math.min(1,r-a/l))}return r}var Rn=class{constructor(t,e,n,i){if(t===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(e===void 0||e.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+t);this.name=t,this.times=Us(e,this.TimeBufferType),this.values=Us(n,this.ValueBufferType),this.setInterpolation(i||this.DefaultInterpolation)}static toJSON(t){let e=t.constructor,n;if(e.toJSON!==this.toJSON)n=e.toJSON(t);else{n={name:t.name,times:Us(t.times,Array),values:Us(t.values,Array)};let i=t.getInterpolation();i!==t.DefaultInterpolation&&(n.interpolation=i),ka(t.settings)&&(n.settings={inTangents:Us(t.settings.inTangents,Array),outTangents:Us(t.settings.outTangents,Array)})}return n.type=t.ValueTypeName,n}InterpolantFactoryMethodDiscrete(t){return new vl(this.times,this.values,this.getValueSize(),t)}InterpolantFactoryMethodLinear(t){return new yl(this.times,this.values,this.getValueSize(),t)}InterpolantFactoryMethodSmooth(t){return new xl(this.times,this.values,this.getValueSize(),t)}InterpolantFactoryMethodBezier(t){let e=new bl(this.times,this.values,this.getValueSize(),t);return this.settings&&(e.inTangents=this.settings.inTangents,e.outTangents=this.settings.outTangents),e}setInterpolation(t){let e;switch(t){case Xr:e=this.InterpolantFactoryMethodDiscrete;break;case tl:e=this.InterpolantFactoryMethodLinear;break;case Ga:e=this.InterpolantFactoryMethodSmooth;break;case tu:e=this.InterpolantFactoryMethodBezier;break}if(e===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(t!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Rt("KeyframeTrack:",n),this}return this.createInterpolant=e,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Xr;case this.InterpolantFactoryMethodLinear:return tl;case this.InterpolantFactoryMethodSmooth:return Ga;case this.InterpolantFactoryMethodBezier:return tu}}getValueSize(){return this.values.length/this.times.length}shift(t){if(t!==0){let e=this.times;for(let n=0,i=e.length;n!==i;++n)e[n]+=t;ka(this.settings)&&(Wf(this.settings.inTangents,t),Wf(this.settings.outTangents,t))}return this}scale(t){if(t!==1){let e=this.times;for(let n=0,i=e.length;n!==i;++n)e[n]*=t;ka(this.settings)&&(Xf(this.settings.inTangents,t),Xf(this.settings.outTangents,t))}return this}trim(t,e){let n=this.times,i=n.length,r=0,o=i-1;for(;r!==i&&n[r]<t;)++r;for(;o!==-1&&n[o]>e;)--o;if(++o,r!==0||o!==i){r>=o&&(o=Math.max(o,1),r=o-1);let a=this.getValueSize();this.times=n.slice(r,o),this.values=this.values.slice(r*a,o*a)}return this}validate(){let t=!0,e=this.getValueSize();e-Math.floor(e)!==0&&(Lt("KeyframeTrack: Invalid value size in track.",this),t=!1);let n=this.times,i=this.values,r=n.length;r===0&&(Lt("KeyframeTrack: Track is empty.",this),t=!1);let o=null;for(let a=0;a!==r;a++){let l=n[a];if(typeof l=="number"&&isNaN(l)){Lt("KeyframeTrack: Time is not a valid number.",this,a,l),t=!1;break}if(o!==null&&o>l){Lt("KeyframeTrack: Out of order keys.",this,a,l,o),t=!1;break}o=l}if(i!==void 0&&Vg(i))for(let a=0,l=i.length;a!==l;++a){let c=i[a];if(isNaN(c)){Lt("KeyframeTrack: Value is not a valid number.",this,a,c),t=!1;break}}return t}optimize(){let t=this.times.slice(),e=this.values.slice(),n=this.getValueSize(),i=this.getInterpolation()===Ga,r=t.length-1,o=1;for(let a=1;a<r;++a){let l=!1,c=t[a],h=t[a+1];if(c!==h&&(a!==1||c!==t[0]))if(i)l=!0;else{let u=a*n,d=u-n,f=u+n;for(let p=0;p!==n;++p){let y=e[u+p];if(y!==e[d+p]||y!==e[f+p]){l=!0;break}}}if(l){if(a!==o){t[o]=t[a];let u=a*n,d=o*n;for(let f=0;f!==n;++f)e[d+f]=e[u+f]}++o}}if(r>0){t[o]=t[r];for(let a=r*n,l=o*n,c=0;c!==n;++c)e[l+c]=e[a+c];++o}return o!==t.length?(this.times=t.slice(0,o),this.values=e.slice(0,o*n)):(this.times=t,this.values=e),this}clone(){let t=this.times.slice(),e=this.values.slice(),n=this.constructor,i=new n(this.name,t,e);return i.createInterpolant=this.createInterpolant,ka(this.settings)&&(i.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),i}};function Wf(s,t){for(let e=0,n=s.length;e!==n;e+=2)s[e]+=t}function Xf(s,t){for(let e=0,n=s.length;e!==n;e+=2)s[e]*=t}Rn.prototype.ValueTypeName="";Rn.prototype.TimeBufferType=Float32Array;Rn.prototype.ValueBufferType=Float32Array;Rn.prototype.DefaultInterpolation=tl;var Vi=class extends Rn{constructor(t,e,n){super(t,e,n)}};Vi.prototype.ValueTypeName="bool";Vi.prototype.ValueBufferType=Array;Vi.prototype.DefaultInterpolation=Xr;Vi.prototype.InterpolantFactoryMethodLinear=void 0;Vi.prototype.InterpolantFactoryMethodSmooth=void 0;var Sl=class extends Rn{constructor(t,e,n,i){super(t,e,n,i)}};Sl.prototype.ValueTypeName="color";var Ml=class extends Rn{constructor(t,e,n,i){super(t,e,n,i)}};Ml.prototype.ValueTypeName="number";var wl=class extends Hi{constructor(t,e,n,i){super(t,e,n,i)}interpolate_(t,e,n,i){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=(n-e)/(i-e),c=t*a;for(let h=c+a;c!==h;c+=4)Tn.slerpFlat(r,0,o,c-a,o,c,l);return r}},lo=class extends Rn{constructor(t,e,n,i){super(t,e,n,i)}InterpolantFactoryMethodLinear(t){return new wl(this.times,this.values,this.getValueSize(),t)}};lo.prototype.ValueTypeName="quaternion";lo.prototype.InterpolantFactoryMethodSmooth=void 0;var Gi=class extends Rn{constructor(t,e,n){super(t,e,n)}};Gi.prototype.ValueTypeName="string";Gi.prototype.ValueBufferType=Array;Gi.prototype.DefaultInterpolation=Xr;Gi.prototype.InterpolantFactoryMethodLinear=void 0;Gi.prototype.InterpolantFactoryMethodSmooth=void 0;var El=class extends Rn{constructor(t,e,n,i){super(t,e,n,i)}};El.prototype.ValueTypeName="vector";var Tl=class{constructor(t,e,n){let i=this,r=!1,o=0,a=0,l,c=[];this.onStart=void 0,this.onLoad=t,this.onProgress=e,this.onError=n,this._abortController=null,this.itemStart=function(h){a++,r===!1&&i.onStart!==void 0&&i.onStart(h,o,a),r=!0},this.itemEnd=function(h){o++,i.onProgress!==void 0&&i.onProgress(h,o,a),o===a&&(r=!1,i.onLoad!==void 0&&i.onLoad())},this.itemError=function(h){i.onError!==void 0&&i.onError(h)},this.resolveURL=function(h){return h=h.normalize("NFC"),l?l(h):h},this.setURLModifier=function(h){return l=h,this},this.addHandler=function(h,u){return c.push(h,u),this},this.removeHandler=function(h){let u=c.indexOf(h);return u!==-1&&c.splice(u,2),this},this.getHandler=function(h){for(let u=0,d=c.length;u<d;u+=2){let f=c[u],p=c[u+1];if(f.global&&(f.lastIndex=0),f.test(h))return p}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Bp=new Tl,Al=class{constructor(t){this.manager=t!==void 0?t:Bp,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(t,e){let n=this;return new Promise(function(i,r){n.load(t,i,e,r)})}parse(){}setCrossOrigin(t){return this.crossOrigin=t,this}setWithCredentials(t){return this.withCredentials=t,this}setPath(t){return this.path=t,this}setResourcePath(t){return this.resourcePath=t,this}setRequestHeader(t){return this.requestHeader=t,this}setPriority(t){return this.priority=t,this}setCache(t){return this.cache=t,this}abort(){return this}};Al.DEFAULT_MATERIAL_NAME="__DEFAULT";var co=class extends we{static registerNode(t){this.prototype._lightNode=t}constructor(t,e=1){super(),this.isLight=!0,this.type="Light",this.color=new Nt(t),this.intensity=e}copy(t,e){return super.copy(t,e),this.color.copy(t.color),this.intensity=t.intensity,this}toJSON(t){let e=super.toJSON(t);return e.object.color=this.color.getHex(),e.object.intensity=this.intensity,e}},ho=class extends co{constructor(t,e,n){super(t,n),this.isHemisphereLight=!0,this.type="HemisphereLight",this.position.copy(we.DEFAULT_UP),this.updateMatrix(),this.groundColor=new Nt(e)}copy(t,e){return super.copy(t,e),this.groundColor.copy(t.groundColor),this}toJSON(t){let e=super.toJSON(t);return e.object.groundColor=this.groundColor.getHex(),e}},jh=new It,qf=new R,Yf=new R,Rl=class{constructor(t){this.camera=t,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new st(512,512),this.mapType=bn,this.map=null,this.mapPass=null,this.matrix=new It,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new wi,this._frameExtents=new st(1,1),this._viewportCount=1,this._viewports=[new xe(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(t){let e=this.camera;qf.setFromMatrixPosition(t.matrixWorld),e.position.copy(qf),Yf.setFromMatrixPosition(t.target.matrixWorld),e.lookAt(Yf),e.updateMatrixWorld(),this._updateMatrix(e,this.matrix,this._frustum)}_updateMatrix(t,e,n,i){jh.multiplyMatrices(t.projectionMatrix,t.matrixWorldInverse),n.setFromProjectionMatrix(jh,t.coordinateSystem,t.reversedDepth);let r=this._frameExtents,o=i?i.z/r.x:1,a=i?i.w/r.y:1,l=i?i.x/r.x:0,c=i?i.y/r.y:0;t.coordinateSystem===Vs||t.reversedDepth?e.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,1,0,0,0,0,1):e.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,.5,.5,0,0,0,1),e.multiply(jh)}getViewport(t){return this._viewports[t]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(t){return this.camera=t.camera.clone(),this.intensity=t.intensity,this.bias=t.bias,this.radius=t.radius,this.autoUpdate=t.autoUpdate,this.needsUpdate=t.needsUpdate,this.normalBias=t.normalBias,this.blurSamples=t.blurSamples,this.mapSize.copy(t.mapSize),this.mapType=t.mapType,this.biasNode=t.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let t={};return t.intensity=this.intensity,t.bias=this.bias,t.normalBias=this.normalBias,t.radius=this.radius,t.blurSamples=this.blurSamples,t.mapSize=this.mapSize.toArray(),t.mapType=this.mapType,t.camera=this.camera.toJSON(!1).object,delete t.camera.matrix,t}},za=new R,Ha=new Tn,oi=new R,uo=class extends we{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new It,this.projectionMatrix=new It,this.projectionMatrixInverse=new It,this.coordinateSystem=Fn,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(t,e){return super.copy(t,e),this.matrixWorldInverse.copy(t.matrixWorldInverse),this.projectionMatrix.copy(t.projectionMatrix),this.projectionMatrixInverse.copy(t.projectionMatrixInverse),this.coordinateSystem=t.coordinateSystem,this}getWorldDirection(t){return super.getWorldDirection(t).negate()}updateMatrixWorld(t){super.updateMatrixWorld(t),this.matrixWorld.decompose(za,Ha,oi),oi.x===1&&oi.y===1&&oi.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(za,Ha,oi.set(1,1,1)).invert()}updateWorldMatrix(t,e,n=!1){super.updateWorldMatrix(t,e,n),this.matrixWorld.decompose(za,Ha,oi),oi.x===1&&oi.y===1&&oi.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(za,Ha,oi.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Oi=new R,Zf=new st,$f=new st,hn=class extends uo{constructor(t=50,e=1,n=.1,i=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=t,this.zoom=1,this.near=n,this.far=i,this.focus=10,this.aspect=e,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(t,e){return super.copy(t,e),this.fov=t.fov,this.zoom=t.zoom,this.near=t.near,this.far=t.far,this.focus=t.focus,this.aspect=t.aspect,this.view=t.view===null?null:Object.assign({},t.view),this.filmGauge=t.filmGauge,this.filmOffset=t.filmOffset,this}setFocalLength(t){let e=.5*this.getFilmHeight()/t;this.fov=Ws*2*Math.atan(e),this.updateProjectionMatrix()}getFocalLength(){let t=Math.tan(Hr*.5*this.fov);return .5*this.getFilmHeight()/t}getEffectiveFOV(){return Ws*2*Math.atan(Math.tan(Hr*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(t,e,n){Oi.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),e.set(Oi.x,Oi.y).multiplyScalar(-t/Oi.z),Oi.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(Oi.x,Oi.y).multiplyScalar(-t/Oi.z)}getViewSize(t,e){return this.getViewBounds(t,Zf,$f),e.subVectors($f,Zf)}setViewOffset(t,e,n,i,r,o){this.aspect=t/e,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=t,this.view.fullHeight=e,this.view.offsetX=n,this.view.offsetY=i,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let t=this.near,e=t*Math.tan(Hr*.5*this.fov)/this.zoom,n=2*e,i=this.aspect*n,r=-.5*i,o=this.view;if(this.view!==null&&this.view.enabled){let l=o.fullWidth,c=o.fullHeight;r+=o.offsetX*i/l,e-=o.offsetY*n/c,i*=o.width/l,n*=o.height/c}let a=this.filmOffset;a!==0&&(r+=t*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(r,r+i,e,e-n,t,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(t){let e=super.toJSON(t);return e.object.fov=this.fov,e.object.zoom=this.zoom,e.object.near=this.near,e.object.far=this.far,e.object.focus=this.focus,e.object.aspect=this.aspect,this.view!==null&&(e.object.view=Object.assign({},this.view)),e.object.filmGauge=this.filmGauge,e.object.filmOffset=this.filmOffset,e}};var fo=class extends uo{constructor(t=-1,e=1,n=1,i=-1,r=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=t,this.right=e,this.top=n,this.bottom=i,this.near=r,this.far=o,this.updateProjectionMatrix()}copy(t,e){return super.copy(t,e),this.left=t.left,this.right=t.right,this.top=t.top,this.bottom=t.bottom,this.near=t.near,this.far=t.far,this.zoom=t.zoom,this.view=t.view===null?null:Object.assign({},t.view),this}setViewOffset(t,e,n,i,r,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=t,this.view.fullHeight=e,this.view.offsetX=n,this.view.offsetY=i,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let t=(this.right-this.left)/(2*this.zoom),e=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,i=(this.top+this.bottom)/2,r=n-t,o=n+t,a=i+e,l=i-e;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,h=(this.top-this.bottom)/this.view.fullHeight/this.zoom;r+=c*this.view.offsetX,o=r+c*this.view.width,a-=h*this.view.offsetY,l=a-h*this.view.height}this.projectionMatrix.makeOrthographic(r,o,a,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(t){let e=super.toJSON(t);return e.object.zoom=this.zoom,e.object.left=this.left,e.object.right=this.right,e.object.top=this.top,e.object.bottom=this.bottom,e.object.near=this.near,e.object.far=this.far,this.view!==null&&(e.object.view=Object.assign({},this.view)),e}},ou=class extends Rl{constructor(){super(new fo(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},nr=class extends co{constructor(t,e){super(t,e),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(we.DEFAULT_UP),this.updateMatrix(),this.target=new we,this.shadow=new ou}dispose(){super.dispose(),this.shadow.dispose()}copy(t){return super.copy(t),this.target=t.target.clone(),this.shadow=t.shadow.clone(),this}toJSON(t){let e=super.toJSON(t);return e.object.shadow=this.shadow.toJSON(),e.object.target=this.target.uuid,e}};var Fs=-90,Os=1,ir=class extends we{constructor(t,e,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let i=new hn(Fs,Os,t,e);i.layers=this.layers,this.add(i);let r=new hn(Fs,Os,t,e);r.layers=this.layers,this.add(r);let o=new hn(Fs,Os,t,e);o.layers=this.layers,this.add(o);let a=new hn(Fs,Os,t,e);a.layers=this.layers,this.add(a);let l=new hn(Fs,Os,t,e);l.layers=this.layers,this.add(l);let c=new hn(Fs,Os,t,e);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let t=this.coordinateSystem,e=this.children.concat(),[n,i,r,o,a,l]=e;for(let c of e)this.remove(c);if(t===Fn)n.up.set(0,1,0),n.lookAt(1,0,0),i.up.set(0,1,0),i.lookAt(-1,0,0),r.up.set(0,0,-1),r.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(t===Vs)n.up.set(0,-1,0),n.lookAt(-1,0,0),i.up.set(0,-1,0),i.lookAt(1,0,0),r.up.set(0,0,1),r.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+t);for(let c of e)this.add(c),c.updateMatrixWorld()}update(t,e){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:i}=this;this.coordinateSystem!==t.coordinateSystem&&(this.coordinateSystem=t.coordinateSystem,this.updateCoordinateSystem());let[r,o,a,l,c,h]=this.children,u=t.getRenderTarget(),d=t.getActiveCubeFace(),f=t.getActiveMipmapLevel(),p=t.xr.enabled;t.xr.enabled=!1;let y=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let g=!1;t.isWebGLRenderer===!0?g=t.state.buffers.depth.getReversed():g=t.reversedDepthBuffer,t.setRenderTarget(n,0,i),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,r),t.setRenderTarget(n,1,i),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,o),t.setRenderTarget(n,2,i),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,a),t.setRenderTarget(n,3,i),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,l),t.setRenderTarget(n,4,i),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,c),n.texture.mipmapsAutoUpdate=y,t.setRenderTarget(n,5,i),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,h),t.setRenderTarget(u,d,f),t.xr.enabled=p,n.texture.needsPMREMUpdate=!0}},Cl=class extends hn{constructor(t=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=t,this.perCameraFrustumCulled=!1}};var Hu="\\[\\]\\.:\\/",G_=new RegExp("["+Hu+"]","g"),Vu="[^"+Hu+"]",W_="[^"+Hu.replace("\\.","")+"]",X_=/((?:WC+[\/:])*)/.source.replace("WC",Vu),q_=/(WCOD+)?/.source.replace("WCOD",W_),Y_=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",Vu),Z_=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",Vu),$_=new RegExp("^"+X_+q_+Y_+Z_+"$"),J_=["material","materials","bones","map"],au=class{constructor(t,e,n){let i=n||pe.parseTrackName(e);this._targetGroup=t,this._bindings=t.subscribe_(e,i)}getValue(t,e){this.bind();let n=this._targetGroup.nCachedObjects_,i=this._bindings[n];i!==void 0&&i.getValue(t,e)}setValue(t,e){let n=this._bindings;for(let i=this._targetGroup.nCachedObjects_,r=n.length;i!==r;++i)n[i].setValue(t,e)}bind(){let t=this._bindings;for(let e=this._targetGroup.nCachedObjects_,n=t.length;e!==n;++e)t[e].bind()}unbind(){let t=this._bindings;for(let e=this._targetGroup.nCachedObjects_,n=t.length;e!==n;++e)t[e].unbind()}},pe=class s{constructor(t,e,n){this.path=e,this.parsedPath=n||s.parseTrackName(e),this.node=s.findNode(t,this.parsedPath.nodeName),this.rootNode=t,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(t,e,n){return t&&t.isAnimationObjectGroup?new s.Composite(t,e,n):new s(t,e,n)}static sanitizeNodeName(t){return t.replace(/\s/g,"_").replace(G_,"")}static parseTrackName(t){let e=$_.exec(t);if(e===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+t);let n={nodeName:e[2],objectName:e[3],objectIndex:e[4],propertyName:e[5],propertyIndex:e[6]},i=n.nodeName&&n.nodeName.lastIndexOf(".");if(i!==void 0&&i!==-1){let r=n.nodeName.substring(i+1);J_.indexOf(r)!==-1&&(n.nodeName=n.nodeName.substring(0,i),n.objectName=r)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+t);return n}static findNode(t,e){if(e===void 0||e===""||e==="."||e===-1||e===t.name||e===t.uuid)return t;if(t.skeleton){let n=t.skeleton.getBoneByName(e);if(n!==void 0)return n}if(t.children){let n=function(r){for(let o=0;o<r.length;o++){let a=r[o];if(a.name===e||a.uuid===e)return a;let l=n(a.children);if(l)return l}return null},i=n(t.children);if(i)return i}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(t,e){t[e]=this.targetObject[this.propertyName]}_getValue_array(t,e){let n=this.resolvedProperty;for(let i=0,r=n.length;i!==r;++i)t[e++]=n[i]}_getValue_arrayElement(t,e){t[e]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(t,e){this.resolvedProperty.toArray(t,e)}_setValue_direct(t,e){this.targetObject[this.propertyName]=t[e]}_setValue_direct_setNeedsUpdate(t,e){this.targetObject[this.propertyName]=t[e],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(t,e){this.targetObject[this.propertyName]=t[e],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(t,e){let n=this.resolvedProperty;for(let i=0,r=n.length;i!==r;++i)n[i]=t[e++]}_setValue_array_setNeedsUpdate(t,e){let n=this.resolvedProperty;for(let i=0,r=n.length;i!==r;++i)n[i]=t[e++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(t,e){let n=this.resolvedProperty;for(let i=0,r=n.length;i!==r;++i)n[i]=t[e++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(t,e){this.resolvedProperty[this.propertyIndex]=t[e]}_setValue_arrayElement_setNeedsUpdate(t,e){this.resolvedProperty[this.propertyIndex]=t[e],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(t,e){this.resolvedProperty[this.propertyIndex]=t[e],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(t,e){this.resolvedProperty.fromArray(t,e)}_setValue_fromArray_setNeedsUpdate(t,e){this.resolvedProperty.fromArray(t,e),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(t,e){this.resolvedProperty.fromArray(t,e),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(t,e){this.bind(),this.getValue(t,e)}_setValue_unbound(t,e){this.bind(),this.setValue(t,e)}bind(){let t=this.node,e=this.parsedPath,n=e.objectName,i=e.propertyName,r=e.propertyIndex;if(t||(t=s.findNode(this.rootNode,e.nodeName),this.node=t),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!t){Rt("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let c=e.objectIndex;switch(n){case"materials":if(!t.material){Lt("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!t.material.materials){Lt("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}t=t.material.materials;break;case"bones":if(!t.skeleton){Lt("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}t=t.skeleton.bones;for(let h=0;h<t.length;h++)if(t[h].name===c){c=h;break}break;case"map":if("map"in t){t=t.map;break}if(!t.material){Lt("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!t.material.map){Lt("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}t=t.material.map;break;default:if(t[n]===void 0){Lt("PropertyBinding: Can not bind to objectName of node undefined.",this);return}t=t[n]}if(c!==void 0){if(t[c]===void 0){Lt("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,t);return}t=t[c]}}let o=t[i];if(o===void 0){let c=e.nodeName;Lt("PropertyBinding: Trying to update property for track: "+c+"."+i+" but it wasn't found.",t);return}let a=this.Versioning.None;this.targetObject=t,t.isMaterial===!0?a=this.Versioning.NeedsUpdate:t.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(r!==void 0){if(i==="morphTargetInfluences"){if(!t.geometry){Lt("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!t.geometry.morphAttributes){Lt("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}t.morphTargetDictionary[r]!==void 0&&(r=t.morphTargetDictionary[r])}l=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=r}else o.fromArray!==void 0&&o.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(l=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=i;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};pe.Composite=au;pe.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};pe.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};pe.prototype.GetterByBindingType=[pe.prototype._getValue_direct,pe.prototype._getValue_array,pe.prototype._getValue_arrayElement,pe.prototype._getValue_toArray];pe.prototype.SetterByBindingTypeAndVersioning=[[pe.prototype._setValue_direct,pe.prototype._setValue_direct_setNeedsUpdate,pe.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[pe.prototype._setValue_array,pe.prototype._setValue_array_setNeedsUpdate,pe.prototype._setValue_array_setMatrixWorldNeedsUpdate],[pe.prototype._setValue_arrayElement,pe.prototype._setValue_arrayElement_setNeedsUpdate,pe.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[pe.prototype._setValue_fromArray,pe.prototype._setValue_fromArray_setNeedsUpdate,pe.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var kM=new Float32Array(1);var Jf=new It,po=class{constructor(t,e,n=0,i=1/0){this.ray=new Zn(t,e),this.near=n,this.far=i,this.camera=null,this.layers=new qs,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(t,e){this.ray.set(t,e)}setFromCamera(t,e){e.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(t.x,t.y,.5).unproject(e).sub(this.ray.origin).normalize(),this.camera=e):e.isOrthographicCamera?(this.ray.origin.set(t.x,t.y,e.projectionMatrix.elements[14]).unproject(e),this.ray.direction.set(0,0,-1).transformDirection(e.matrixWorld),this.camera=e):Lt("Raycaster: Unsupported camera type: "+e.type)}setFromXRController(t){return Jf.identity().extractRotation(t.matrixWorld),this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(Jf),this}intersectObject(t,e=!0,n=[]){return lu(t,this,n,e),n.sort(Kf),n}intersectObjects(t,e=!0,n=[]){for(let i=0,r=t.length;i<r;i++)lu(t[i],this,n,e);return n.sort(Kf),n}};function Kf(s,t){return s.distance-t.distance}function lu(s,t,e,n){let i=!0;if(s.layers.test(t.layers)&&s.raycast(t,e)===!1&&(i=!1),i===!0&&n===!0){let r=s.children;for(let o=0,a=r.length;o<a;o++)lu(r[o],t,e,!0)}}var Jn=class{constructor(t=1,e=0,n=0){this.radius=t,this.phi=e,this.theta=n}set(t,e,n){return this.radius=t,this.phi=e,this.theta=n,this}copy(t){return this.radius=t.radius,this.phi=t.phi,this.theta=t.theta,this}makeSafe(){return this.phi=Ft(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(t){return this.setFromCartesianCoords(t.x,t.y,t.z)}setFromCartesianCoords(t,e,n){return this.radius=Math.sqrt(t*t+e*e+n*n),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(t,n),this.phi=Math.acos(Ft(e/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var Zu=class Zu{constructor(t,e,n,i){this.elements=[1,0,0,1],t!==void 0&&this.set(t,e,n,i)}identity(){return this.set(1,0,0,1),this}fromArray(t,e=0){for(let n=0;n<4;n++)this.elements[n]=t[n+e];return this}set(t,e,n,i){let r=this.elements;return r[0]=t,r[2]=e,r[1]=n,r[3]=i,this}};Zu.prototype.isMatrix2=!0;var cu=Zu;var jf=new R,Va=new R,Bs=new R,ks=new R,Qh=new R,K_=new R,j_=new R,pn=class{constructor(t=new R,e=new R){this.start=t,this.end=e}set(t,e){return this.start.copy(t),this.end.copy(e),this}copy(t){return this.start.copy(t.start),this.end.copy(t.end),this}getCenter(t){return t.addVectors(this.start,this.end).multiplyScalar(.5)}delta(t){return t.subVectors(this.end,this.start)}distanceSq(){return this.start.distanceToSquared(this.end)}distance(){return this.start.distanceTo(this.end)}at(t,e){return this.delta(e).multiplyScalar(t).add(this.start)}closestPointToPointParameter(t,e){jf.subVectors(t,this.start),Va.subVectors(this.end,this.start);let n=Va.dot(Va);if(n===0)return 0;let r=Va.dot(jf)/n;return e&&(r=Ft(r,0,1)),r}closestPointToPoint(t,e,n){let i=this.closestPointToPointParameter(t,e);return this.delta(n).multiplyScalar(i).add(this.start)}distanceSqToLine3(t,e=K_,n=j_){let i=10000000000000001e-32,r,o,a=this.start,l=t.start,c=this.end,h=t.end;Bs.subVectors(c,a),ks.subVectors(h,l),Qh.subVectors(a,l);let u=Bs.dot(Bs),d=ks.dot(ks),f=ks.dot(Qh);if(u<=i&&d<=i)return e.copy(a),n.copy(l),e.distanceToSquared(n);if(u<=i)r=0,o=f/d,o=Ft(o,0,1);else{let p=Bs.dot(Qh);if(d<=i)o=0,r=Ft(-p/u,0,1);else{let y=Bs.dot(ks),g=u*d-y*y;g!==0?r=Ft((y*f-p*d)/g,0,1):r=0,o=(y*r+f)/d,o<0?(o=0,r=Ft(-p/u,0,1)):o>1&&(o=1,r=Ft((y-p)/u,0,1))}}return e.copy(a).addScaledVector(Bs,r),n.copy(l).addScaledVector(ks,o),e.distanceToSquared(n)}applyMatrix4(t){return this.start.applyMatrix4(t),this.end.applyMatrix4(t),this}equals(t){return t.start.equals(this.start)&&t.end.equals(this.end)}clone(){return new this.constructor().copy(this)}};var mo=class extends qn{constructor(t,e=null){super(),this.object=t,this.domElement=e,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(t){this.domElement!==null&&this.disconnect(),this.domElement=t}disconnect(){}dispose(){}update(){}};function Gu(s,t,e,n){let i=Q_(n);switch(e){case Ru:return s*t;case Ol:return s*t/i.components*i.byteLength;case yo:return s*t/i.components*i.byteLength;case Wi:return s*t*2/i.components*i.byteLength;case Bl:return s*t*2/i.components*i.byteLength;case Cu:return s*t*3/i.components*i.byteLength;case En:return s*t*4/i.components*i.byteLength;case kl:return s*t*4/i.components*i.byteLength;case vo:case bo:return Math.floor((s+3)/4)*Math.floor((t+3)/4)*8;case So:case Mo:return Math.floor((s+3)/4)*Math.floor((t+3)/4)*16;case Hl:case Gl:return Math.max(s,16)*Math.max(t,8)/4;case zl:case Vl:return Math.max(s,8)*Math.max(t,8)/2;case Wl:case Xl:case Yl:case Zl:return Math.floor((s+3)/4)*Math.floor((t+3)/4)*8;case ql:case wo:case $l:return Math.floor((s+3)/4)*Math.floor((t+3)/4)*16;case Jl:return Math.floor((s+3)/4)*Math.floor((t+3)/4)*16;case Kl:return Math.floor((s+4)/5)*Math.floor((t+3)/4)*16;case jl:return Math.floor((s+4)/5)*Math.floor((t+4)/5)*16;case Ql:return Math.floor((s+5)/6)*Math.floor((t+4)/5)*16;case tc:return Math.floor((s+5)/6)*Math.floor((t+5)/6)*16;case ec:return Math.floor((s+7)/8)*Math.floor((t+4)/5)*16;case nc:return Math.floor((s+7)/8)*Math.floor((t+5)/6)*16;case ic:return Math.floor((s+7)/8)*Math.floor((t+7)/8)*16;case sc:return Math.floor((s+9)/10)*Math.floor((t+4)/5)*16;case rc:return Math.floor((s+9)/10)*Math.floor((t+5)/6)*16;case oc:return Math.floor((s+9)/10)*Math.floor((t+7)/8)*16;case ac:return Math.floor((s+9)/10)*Math.floor((t+9)/10)*16;case lc:return Math.floor((s+11)/12)*Math.floor((t+9)/10)*16;case cc:return Math.floor((s+11)/12)*Math.floor((t+11)/12)*16;case hc:case uc:case dc:return Math.ceil(s/4)*Math.ceil(t/4)*16;case fc:case pc:return Math.ceil(s/4)*Math.ceil(t/4)*8;case Eo:case mc:return Math.ceil(s/4)*Math.ceil(t/4)*16}throw new Error(`Unable to determine texture byte length for ${e} format.`)}function Q_(s){switch(s){case bn:case wu:return{byteLength:1,components:1};case ar:case Eu:case jn:return{byteLength:2,components:1};case Ul:case Fl:return{byteLength:2,components:4};case kn:case Nl:case yn:return{byteLength:4,components:1};case Tu:case Au:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${s}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Rt("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function om(){let s=null,t=!1,e=null,n=null;function i(r,o){n=s.requestAnimationFrame(i),e(r,o)}return{start:function(){t!==!0&&e!==null&&s!==null&&(n=s.requestAnimationFrame(i),t=!0)},stop:function(){s!==null&&s.cancelAnimationFrame(n),t=!1},setAnimationLoop:function(r){e=r},setContext:function(r){s=r}}}function i0(s){let t=new WeakMap;function e(a,l){let c=a.array,h=a.usage,u=c.byteLength,d=s.createBuffer();s.bindBuffer(l,d),s.bufferData(l,c,h),a.onUploadCallback();let f;if(c instanceof Float32Array)f=s.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)f=s.HALF_FLOAT;else if(c instanceof Uint16Array)a.isFloat16BufferAttribute?f=s.HALF_FLOAT:f=s.UNSIGNED_SHORT;else if(c instanceof Int16Array)f=s.SHORT;else if(c instanceof Uint32Array)f=s.UNSIGNED_INT;else if(c instanceof Int32Array)f=s.INT;else if(c instanceof Int8Array)f=s.BYTE;else if(c instanceof Uint8Array)f=s.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)f=s.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:d,type:f,bytesPerElement:c.BYTES_PER_ELEMENT,version:a.version,size:u}}function n(a,l,c){let h=l.array,u=l.updateRanges;if(s.bindBuffer(c,a),u.length===0)s.bufferSubData(c,0,h);else{u.sort((f,p)=>f.start-p.start);let d=0;for(let f=1;f<u.length;f++){let p=u[d],y=u[f];y.start<=p.start+p.count+1?p.count=Math.max(p.count,y.start+y.count-p.start):(++d,u[d]=y)}u.length=d+1;for(let f=0,p=u.length;f<p;f++){let y=u[f];s.bufferSubData(c,y.start*h.BYTES_PER_ELEMENT,h,y.start,y.count)}l.clearUpdateRanges()}l.onUploadCallback()}function i(a){return a.isInterleavedBufferAttribute&&(a=a.data),t.get(a)}function r(a){a.isInterleavedBufferAttribute&&(a=a.data);let l=t.get(a);l&&(s.deleteBuffer(l.buffer),t.delete(a))}function o(a,l){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let h=t.get(a);(!h||h.version<a.version)&&t.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let c=t.get(a);if(c===void 0)t.set(a,e(a,l));else if(c.version<a.version){if(c.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(c.buffer,a,l),c.version=a.version}}return{get:i,remove:r,update:o}}var s0=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,r0=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,o0=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,a0=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,l0=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,c0=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,h0=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,u0=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,d0=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,f0=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,p0=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,m0=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,g0=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,_0=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,x0=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,y0=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,v0=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,b0=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,S0=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,M0=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,w0=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,E0=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,T0=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,A0=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,R0=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,C0=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,P0=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,I0=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,L0=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,D0="gl_FragColor = linearToOutputTexel( gl_FragColor );",N0=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,U0=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,F0=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,O0=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,B0=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,k0=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,z0=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,H0=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,V0=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,G0=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,W0=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,X0=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,q0=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,Y0=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,Z0=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,$0=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,J0=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,K0=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,j0=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,Q0=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,tx=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,ex=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,nx=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,ix=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,sx=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,rx=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,ox=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,ax=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,lx=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,cx=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,hx=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,ux=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,dx=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,fx=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,px=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,mx=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,gx=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,_x=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,xx=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,yx=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,vx=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,bx=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,Sx=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,Mx=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,wx=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Ex=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,Tx=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,Ax=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,Rx=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,Cx=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,Px=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,Ix=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,Lx=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,Dx=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,Nx=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,Ux=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,Fx=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,Ox=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,Bx=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,kx=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,zx=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,Hx=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,Vx=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,Gx=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,Wx=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,Xx=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,qx=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,Yx=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,Zx=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,$x=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,Jx=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,Kx=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,jx=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,Qx=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,ty=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,ey=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,ny=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,iy=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,sy=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,ry=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,oy=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,ay=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,ly=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,cy=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,hy=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,uy=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,dy=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,fy=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,py=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,my=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,gy=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,_y=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,xy=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,yy=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,vy=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,by=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,Sy=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,My=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,wy=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,Ey=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,Ty=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,Ay=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,Ry=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,Cy=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,Py=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,Iy=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,Ly=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,Dy=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,Ny=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,Uy=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,Fy=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,Gt={alphahash_fragment:s0,alphahash_pars_fragment:r0,alphamap_fragment:o0,alphamap_pars_fragment:a0,alphatest_fragment:l0,alphatest_pars_fragment:c0,aomap_fragment:h0,aomap_pars_fragment:u0,batching_pars_vertex:d0,batching_vertex:f0,begin_vertex:p0,beginnormal_vertex:m0,bsdfs:g0,iridescence_fragment:_0,bumpmap_pars_fragment:x0,clipping_planes_fragment:y0,clipping_planes_pars_fragment:v0,clipping_planes_pars_vertex:b0,clipping_planes_vertex:S0,color_fragment:M0,color_pars_fragment:w0,color_pars_vertex:E0,color_vertex:T0,common:A0,defaultnormal_vertex:R0,displacementmap_pars_vertex:C0,displacementmap_vertex:P0,emissivemap_fragment:I0,emissivemap_pars_fragment:L0,colorspace_fragment:D0,colorspace_pars_fragment:N0,envmap_fragment:U0,envmap_common_pars_fragment:F0,envmap_pars_fragment:O0,envmap_pars_vertex:B0,envmap_physical_pars_fragment:$0,envmap_vertex:k0,fog_vertex:z0,fog_pars_vertex:H0,fog_fragment:V0,fog_pars_fragment:G0,gradientmap_pars_fragment:W0,lightmap_pars_fragment:X0,lights_lambert_fragment:q0,lights_lambert_pars_fragment:Y0,lights_pars_begin:Z0,lights_toon_fragment:J0,lights_toon_pars_fragment:K0,lights_phong_fragment:j0,lights_phong_pars_fragment:Q0,lights_physical_fragment:tx,lights_physical_pars_fragment:ex,lights_fragment_begin:nx,lights_fragment_maps:ix,lights_fragment_end:sx,lightprobes_pars_fragment:rx,logdepthbuf_fragment:ox,logdepthbuf_pars_fragment:ax,logdepthbuf_pars_vertex:lx,logdepthbuf_vertex:cx,map_fragment:hx,map_pars_fragment:ux,map_particle_fragment:dx,map_particle_pars_fragment:fx,metalnessmap_fragment:px,metalnessmap_pars_fragment:mx,morphinstance_vertex:gx,morphcolor_vertex:_x,morphnormal_vertex:xx,morphtarget_pars_vertex:yx,morphtarget_vertex:vx,normal_fragment_begin:bx,normal_fragment_maps:Sx,normal_pars_fragment:Mx,normal_pars_vertex:wx,normal_vertex:Ex,normalmap_pars_fragment:Tx,clearcoat_normal_fragment_begin:Ax,clearcoat_normal_fragment_maps:Rx,clearcoat_pars_fragment:Cx,iridescence_pars_fragment:Px,opaque_fragment:Ix,packing:Lx,premultiplied_alpha_fragment:Dx,project_vertex:Nx,dithering_fragment:Ux,dithering_pars_fragment:Fx,roughnessmap_fragment:Ox,roughnessmap_pars_fragment:Bx,shadowmap_pars_fragment:kx,shadowmap_pars_vertex:zx,shadowmap_vertex:Hx,shadowmask_pars_fragment:Vx,skinbase_vertex:Gx,skinning_pars_vertex:Wx,skinning_vertex:Xx,skinnormal_vertex:qx,specularmap_fragment:Yx,specularmap_pars_fragment:Zx,tonemapping_fragment:$x,tonemapping_pars_fragment:Jx,transmission_fragment:Kx,transmission_pars_fragment:jx,uv_pars_fragment:Qx,uv_pars_vertex:ty,uv_vertex:ey,worldpos_vertex:ny,background_vert:iy,background_frag:sy,backgroundCube_vert:ry,backgroundCube_frag:oy,cube_vert:ay,cube_frag:ly,depth_vert:cy,depth_frag:hy,distance_vert:uy,distance_frag:dy,equirect_vert:fy,equirect_frag:py,linedashed_vert:my,linedashed_frag:gy,meshbasic_vert:_y,meshbasic_frag:xy,meshlambert_vert:yy,meshlambert_frag:vy,meshmatcap_vert:by,meshmatcap_frag:Sy,meshnormal_vert:My,meshnormal_frag:wy,meshphong_vert:Ey,meshphong_frag:Ty,meshphysical_vert:Ay,meshphysical_frag:Ry,meshtoon_vert:Cy,meshtoon_frag:Py,points_vert:Iy,points_frag:Ly,shadow_vert:Dy,shadow_frag:Ny,sprite_vert:Uy,sprite_frag:Fy},mt={common:{diffuse:{value:new Nt(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new Ot},alphaMap:{value:null},alphaMapTransform:{value:new Ot},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new Ot}},envmap:{envMap:{value:null},envMapRotation:{value:new Ot},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new Ot}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new Ot}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new Ot},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new Ot},normalScale:{value:new st(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new Ot},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new Ot}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new Ot}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new Ot}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Nt(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Nt(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new Ot},alphaTest:{value:0},uvTransform:{value:new Ot}},sprite:{diffuse:{value:new Nt(16777215)},opacity:{value:1},center:{value:new st(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new Ot},alphaMap:{value:null},alphaMapTransform:{value:new Ot},alphaTest:{value:0}}},ui={basic:{uniforms:rn([mt.common,mt.specularmap,mt.envmap,mt.aomap,mt.lightmap,mt.fog]),vertexShader:Gt.meshbasic_vert,fragmentShader:Gt.meshbasic_frag},lambert:{uniforms:rn([mt.common,mt.specularmap,mt.envmap,mt.aomap,mt.lightmap,mt.emissivemap,mt.bumpmap,mt.normalmap,mt.displacementmap,mt.fog,mt.lights,{emissive:{value:new Nt(0)},envMapIntensity:{value:1}}]),vertexShader:Gt.meshlambert_vert,fragmentShader:Gt.meshlambert_frag},phong:{uniforms:rn([mt.common,mt.specularmap,mt.envmap,mt.aomap,mt.lightmap,mt.emissivemap,mt.bumpmap,mt.normalmap,mt.displacementmap,mt.fog,mt.lights,{emissive:{value:new Nt(0)},specular:{value:new Nt(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Gt.meshphong_vert,fragmentShader:Gt.meshphong_frag},standard:{uniforms:rn([mt.common,mt.envmap,mt.aomap,mt.lightmap,mt.emissivemap,mt.bumpmap,mt.normalmap,mt.displacementmap,mt.roughnessmap,mt.metalnessmap,mt.fog,mt.lights,{emissive:{value:new Nt(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Gt.meshphysical_vert,fragmentShader:Gt.meshphysical_frag},toon:{uniforms:rn([mt.common,mt.aomap,mt.lightmap,mt.emissivemap,mt.bumpmap,mt.normalmap,mt.displacementmap,mt.gradientmap,mt.fog,mt.lights,{emissive:{value:new Nt(0)}}]),vertexShader:Gt.meshtoon_vert,fragmentShader:Gt.meshtoon_frag},matcap:{uniforms:rn([mt.common,mt.bumpmap,mt.normalmap,mt.displacementmap,mt.fog,{matcap:{value:null}}]),vertexShader:Gt.meshmatcap_vert,fragmentShader:Gt.meshmatcap_frag},points:{uniforms:rn([mt.points,mt.fog]),vertexShader:Gt.points_vert,fragmentShader:Gt.points_frag},dashed:{uniforms:rn([mt.common,mt.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Gt.linedashed_vert,fragmentShader:Gt.linedashed_frag},depth:{uniforms:rn([mt.common,mt.displacementmap]),vertexShader:Gt.depth_vert,fragmentShader:Gt.depth_frag},normal:{uniforms:rn([mt.common,mt.bumpmap,mt.normalmap,mt.displacementmap,{opacity:{value:1}}]),vertexShader:Gt.meshnormal_vert,fragmentShader:Gt.meshnormal_frag},sprite:{uniforms:rn([mt.sprite,mt.fog]),vertexShader:Gt.sprite_vert,fragmentShader:Gt.sprite_frag},background:{uniforms:{uvTransform:{value:new Ot},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Gt.background_vert,fragmentShader:Gt.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new Ot}},vertexShader:Gt.backgroundCube_vert,fragmentShader:Gt.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Gt.cube_vert,fragmentShader:Gt.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Gt.equirect_vert,fragmentShader:Gt.equirect_frag},distance:{uniforms:rn([mt.common,mt.displacementmap,{referencePosition:{value:new R},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Gt.distance_vert,fragmentShader:Gt.distance_frag},shadow:{uniforms:rn([mt.lights,mt.fog,{color:{value:new Nt(0)},opacity:{value:1}}]),vertexShader:Gt.shadow_vert,fragmentShader:Gt.shadow_frag}};ui.physical={uniforms:rn([ui.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new Ot},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new Ot},clearcoatNormalScale:{value:new st(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new Ot},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new Ot},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new Ot},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new Ot},sheen:{value:0},sheenColor:{value:new Nt(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new Ot},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new Ot},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new Ot},transmissionSamplerSize:{value:new st},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new Ot},attenuationDistance:{value:0},attenuationColor:{value:new Nt(0)},specularColor:{value:new Nt(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new Ot},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new Ot},anisotropyVector:{value:new st},anisotropyMap:{value:null},anisotropyMapTransform:{value:new Ot}}]),vertexShader:Gt.meshphysical_vert,fragmentShader:Gt.meshphysical_frag};var yc={r:0,b:0,g:0},Oy=new It,am=new Ot;am.set(-1,0,0,0,1,0,0,0,1);function By(s,t,e,n,i,r){let o=new Nt(0),a=i===!0?0:1,l,c,h=null,u=0,d=null;function f(x){let b=x.isScene===!0?x.background:null;if(b&&b.isTexture){let v=x.backgroundBlurriness>0;b=t.get(b,v)}return b}function p(x){let b=!1,v=f(x);v===null?g(o,a):v&&v.isColor&&(g(v,1),b=!0);let S=s.xr.getEnvironmentBlendMode();S==="additive"?e.buffers.color.setClear(0,0,0,1,r):S==="alpha-blend"&&e.buffers.color.setClear(0,0,0,0,r),(s.autoClear||b)&&(e.buffers.depth.setTest(!0),e.buffers.depth.setMask(!0),e.buffers.color.setMask(!0),s.clear(s.autoClearColor,s.autoClearDepth,s.autoClearStencil))}function y(x,b){let v=f(b);v&&v.isCubeTexture?(c===void 0&&(c=new Ut(new er(1,1,1),new We({name:"BackgroundCubeMaterial",uniforms:fs(ui.backgroundCube.uniforms),vertexShader:ui.backgroundCube.vertexShader,fragmentShader:ui.backgroundCube.fragmentShader,side:Xe,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(S,E,_){this.matrixWorld.copyPosition(_.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(c)),c.material.uniforms.envMap.value=v,c.material.uniforms.backgroundBlurriness.value=b.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=b.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(Oy.makeRotationFromEuler(b.backgroundRotation)).transpose(),v.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(am),c.material.toneMapped=Xt.getTransfer(v.colorSpace)!==re,(h!==v||u!==v.version||d!==s.toneMapping)&&(c.material.needsUpdate=!0,h=v,u=v.version,d=s.toneMapping),c.layers.enableAll(),x.unshift(c,c.geometry,c.material,0,0,null)):v&&v.isTexture&&(l===void 0&&(l=new Ut(new ao(2,2),new We({name:"BackgroundMaterial",uniforms:fs(ui.background.uniforms),vertexShader:ui.background.vertexShader,fragmentShader:ui.background.fragmentShader,side:Kn,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(l)),l.material.uniforms.t2D.value=v,l.material.uniforms.backgroundIntensity.value=b.backgroundIntensity,l.material.toneMapped=Xt.getTransfer(v.colorSpace)!==re,v.matrixAutoUpdate===!0&&v.updateMatrix(),l.material.uniforms.uvTransform.value.copy(v.matrix),(h!==v||u!==v.version||d!==s.toneMapping)&&(l.material.needsUpdate=!0,h=v,u=v.version,d=s.toneMapping),l.layers.enableAll(),x.unshift(l,l.geometry,l.material,0,0,null))}function g(x,b){x.getRGB(yc,zu(s)),e.buffers.color.setClear(yc.r,yc.g,yc.b,b,r)}function m(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return o},setClearColor:function(x,b=1){o.set(x),a=b,g(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(x){a=x,g(o,a)},render:p,addToRenderList:y,dispose:m}}function ky(s,t){let e=s.getParameter(s.MAX_VERTEX_ATTRIBS),n={},i=d(null),r=i,o=!1;function a(P,L,F,D,k){let G=!1,W=u(P,D,F,L);r!==W&&(r=W,c(r.object)),G=f(P,D,F,k),G&&p(P,D,F,k),k!==null&&t.update(k,s.ELEMENT_ARRAY_BUFFER),(G||o)&&(o=!1,v(P,L,F,D),k!==null&&s.bindBuffer(s.ELEMENT_ARRAY_BUFFER,t.get(k).buffer))}function l(){return s.createVertexArray()}function c(P){return s.bindVertexArray(P)}function h(P){return s.deleteVertexArray(P)}function u(P,L,F,D){let k=D.wireframe===!0,G=n[L.id];G===void 0&&(G={},n[L.id]=G);let W=P.isInstancedMesh===!0?P.id:0,et=G[W];et===void 0&&(et={},G[W]=et);let q=et[F.id];q===void 0&&(q={},et[F.id]=q);let Q=q[k];return Q===void 0&&(Q=d(l()),q[k]=Q),Q}function d(P){let L=[],F=[],D=[];for(let k=0;k<e;k++)L[k]=0,F[k]=0,D[k]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:L,enabledAttributes:F,attributeDivisors:D,object:P,attributes:{},index:null}}function f(P,L,F,D){let k=r.attributes,G=L.attributes,W=0,et=F.getAttributes();for(let q in et)if(et[q].location>=0){let tt=k[q],vt=G[q];if(vt===void 0&&(q==="instanceMatrix"&&P.instanceMatrix&&(vt=P.instanceMatrix),q==="instanceColor"&&P.instanceColor&&(vt=P.instanceColor)),tt===void 0||tt.attribute!==vt||vt&&tt.data!==vt.data)return!0;W++}return r.attributesNum!==W||r.index!==D}function p(P,L,F,D){let k={},G=L.attributes,W=0,et=F.getAttributes();for(let q in et)if(et[q].location>=0){let tt=G[q];tt===void 0&&(q==="instanceMatrix"&&P.instanceMatrix&&(tt=P.instanceMatrix),q==="instanceColor"&&P.instanceColor&&(tt=P.instanceColor));let vt={};vt.attribute=tt,tt&&tt.data&&(vt.data=tt.data),k[q]=vt,W++}r.attributes=k,r.attributesNum=W,r.index=D}function y(){let P=r.newAttributes;for(let L=0,F=P.length;L<F;L++)P[L]=0}function g(P){m(P,0)}function m(P,L){let F=r.newAttributes,D=r.enabledAttributes,k=r.attributeDivisors;F[P]=1,D[P]===0&&(s.enableVertexAttribArray(P),D[P]=1),k[P]!==L&&(s.vertexAttribDivisor(P,L),k[P]=L)}function x(){let P=r.newAttributes,L=r.enabledAttributes;for(let F=0,D=L.length;F<D;F++)L[F]!==P[F]&&(s.disableVertexAttribArray(F),L[F]=0)}function b(P,L,F,D,k,G,W){W===!0?s.vertexAttribIPointer(P,L,F,k,G):s.vertexAttribPointer(P,L,F,D,k,G)}function v(P,L,F,D){y();let k=D.attributes,G=F.getAttributes(),W=L.defaultAttributeValues;for(let et in G){let q=G[et];if(q.location>=0){let Q=k[et];if(Q===void 0&&(et==="instanceMatrix"&&P.instanceMatrix&&(Q=P.instanceMatrix),et==="instanceColor"&&P.instanceColor&&(Q=P.instanceColor)),Q!==void 0){let tt=Q.normalized,vt=Q.itemSize,Dt=t.get(Q);if(Dt===void 0)continue;let J=Dt.buffer,ut=Dt.type,yt=Dt.bytesPerElement,At=ut===s.INT||ut===s.UNSIGNED_INT||Q.gpuType===Nl;if(Q.isInterleavedBufferAttribute){let gt=Q.data,Bt=gt.isInterleavedBuffer===!0?gt.stride:gt.itemSize,Se=Q.offset;if(gt.isInstancedInterleavedBuffer||gt.isInstancedBufferAttribute){for(let Ct=0;Ct<q.locationSize;Ct++)m(q.location+Ct,gt.meshPerAttribute);P.isInstancedMesh!==!0&&D._maxInstanceCount===void 0&&(D._maxInstanceCount=gt.meshPerAttribute*gt.count)}else for(let Ct=0;Ct<q.locationSize;Ct++)g(q.location+Ct);s.bindBuffer(s.ARRAY_BUFFER,J);for(let Ct=0;Ct<q.locationSize;Ct++)b(q.location+Ct,vt/q.locationSize,ut,tt,Bt*yt,(Se+vt/q.locationSize*Ct)*yt,At)}else{if(Q.isInstancedBufferAttribute){for(let gt=0;gt<q.locationSize;gt++)m(q.location+gt,Q.meshPerAttribute);P.isInstancedMesh!==!0&&D._maxInstanceCount===void 0&&(D._maxInstanceCount=Q.meshPerAttribute*Q.count)}else for(let gt=0;gt<q.locationSize;gt++)g(q.location+gt);s.bindBuffer(s.ARRAY_BUFFER,J);for(let gt=0;gt<q.locationSize;gt++)b(q.location+gt,vt/q.locationSize,ut,tt,vt*yt,vt/q.locationSize*gt*yt,At)}}else if(W!==void 0){let tt=W[et];if(tt!==void 0)switch(tt.length){case 2:s.vertexAttrib2fv(q.location,tt);break;case 3:s.vertexAttrib3fv(q.location,tt);break;case 4:s.vertexAttrib4fv(q.location,tt);break;default:s.vertexAttrib1fv(q.location,tt)}}}}x()}function S(){I();for(let P in n){let L=n[P];for(let F in L){let D=L[F];for(let k in D){let G=D[k];for(let W in G)h(G[W].object),delete G[W];delete D[k]}}delete n[P]}}function E(P){if(n[P.id]===void 0)return;let L=n[P.id];for(let F in L){let D=L[F];for(let k in D){let G=D[k];for(let W in G)h(G[W].object),delete G[W];delete D[k]}}delete n[P.id]}function _(P){for(let L in n){let F=n[L];for(let D in F){let k=F[D];if(k[P.id]===void 0)continue;let G=k[P.id];for(let W in G)h(G[W].object),delete G[W];delete k[P.id]}}}function M(P){for(let L in n){let F=n[L],D=P.isInstancedMesh===!0?P.id:0,k=F[D];if(k!==void 0){for(let G in k){let W=k[G];for(let et in W)h(W[et].object),delete W[et];delete k[G]}delete F[D],Object.keys(F).length===0&&delete n[L]}}}function I(){A(),o=!0,r!==i&&(r=i,c(r.object))}function A(){i.geometry=null,i.program=null,i.wireframe=!1}return{setup:a,reset:I,resetDefaultState:A,dispose:S,releaseStatesOfGeometry:E,releaseStatesOfObject:M,releaseStatesOfProgram:_,initAttributes:y,enableAttribute:g,disableUnusedAttributes:x}}function zy(s,t,e){let n;function i(l){n=l}function r(l,c){s.drawArrays(n,l,c),e.update(c,n,1)}function o(l,c,h){h!==0&&(s.drawArraysInstanced(n,l,c,h),e.update(c,n,h))}function a(l,c,h){if(h===0)return;t.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,l,0,c,0,h);let d=0;for(let f=0;f<h;f++)d+=c[f];e.update(d,n,1)}this.setMode=i,this.render=r,this.renderInstances=o,this.renderMultiDraw=a}function Hy(s,t,e,n){let i;function r(){if(i!==void 0)return i;if(t.has("EXT_texture_filter_anisotropic")===!0){let _=t.get("EXT_texture_filter_anisotropic");i=s.getParameter(_.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else i=0;return i}function o(_){return!(_!==En&&n.convert(_)!==s.getParameter(s.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(_){let M=_===jn&&(t.has("EXT_color_buffer_half_float")||t.has("EXT_color_buffer_float"));return!(_!==bn&&_!==yn&&!M&&n.convert(_)!==s.getParameter(s.IMPLEMENTATION_COLOR_READ_TYPE))}function l(_){if(_==="highp"){if(s.getShaderPrecisionFormat(s.VERTEX_SHADER,s.HIGH_FLOAT).precision>0&&s.getShaderPrecisionFormat(s.FRAGMENT_SHADER,s.HIGH_FLOAT).precision>0)return"highp";_="mediump"}return _==="mediump"&&s.getShaderPrecisionFormat(s.VERTEX_SHADER,s.MEDIUM_FLOAT).precision>0&&s.getShaderPrecisionFormat(s.FRAGMENT_SHADER,s.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=e.precision!==void 0?e.precision:"highp",h=l(c);h!==c&&(Rt("WebGLRenderer:",c,"not supported, using",h,"instead."),c=h);let u=e.reversedDepthBuffer===!0&&t.has("EXT_clip_control"),d=e.logarithmicDepthBuffer===!0&&u===!1;e.reversedDepthBuffer===!0&&u===!1&&Rt("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),e.logarithmicDepthBuffer===!0&&u===!0&&Rt("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let f=s.getParameter(s.MAX_TEXTURE_IMAGE_UNITS),p=s.getParameter(s.MAX_VERTEX_TEXTURE_IMAGE_UNITS),y=s.getParameter(s.MAX_TEXTURE_SIZE),g=s.getParameter(s.MAX_CUBE_MAP_TEXTURE_SIZE),m=s.getParameter(s.MAX_VERTEX_ATTRIBS),x=s.getParameter(s.MAX_VERTEX_UNIFORM_VECTORS),b=s.getParameter(s.MAX_VARYING_VECTORS),v=s.getParameter(s.MAX_FRAGMENT_UNIFORM_VECTORS),S=s.getParameter(s.MAX_SAMPLES),E=s.getParameter(s.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:r,getMaxPrecision:l,textureFormatReadable:o,textureTypeReadable:a,precision:c,logarithmicDepthBuffer:d,reversedDepthBuffer:u,maxTextures:f,maxVertexTextures:p,maxTextureSize:y,maxCubemapSize:g,maxAttributes:m,maxVertexUniforms:x,maxVaryings:b,maxFragmentUniforms:v,maxSamples:S,samples:E}}function Vy(s){let t=this,e=null,n=0,i=!1,r=!1,o=new Ve,a=new Ot,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(u,d){let f=u.length!==0||d||n!==0||i;return i=d,n=u.length,f},this.beginShadows=function(){r=!0,h(null)},this.endShadows=function(){r=!1},this.setGlobalState=function(u,d){e=h(u,d,0)},this.setState=function(u,d,f){let p=u.clippingPlanes,y=u.clipIntersection,g=u.clipShadows,m=s.get(u);if(!i||p===null||p.length===0||r&&!g)r?h(null):c();else{let x=r?0:n,b=x*4,v=m.clippingState||null;l.value=v,v=h(p,d,b,f);for(let S=0;S!==b;++S)v[S]=e[S];m.clippingState=v,this.numIntersection=y?this.numPlanes:0,this.numPlanes+=x}};function c(){l.value!==e&&(l.value=e,l.needsUpdate=n>0),t.numPlanes=n,t.numIntersection=0}function h(u,d,f,p){let y=u!==null?u.length:0,g=null;if(y!==0){if(g=l.value,p!==!0||g===null){let m=f+y*4,x=d.matrixWorldInverse;a.getNormalMatrix(x),(g===null||g.length<m)&&(g=new Float32Array(m));for(let b=0,v=f;b!==y;++b,v+=4)o.copy(u[b]).applyMatrix4(x,a),o.normal.toArray(g,v),g[v+3]=o.constant}l.value=g,l.needsUpdate=!0}return t.numPlanes=y,t.numIntersection=0,g}}var Ro=class extends fn{constructor(t=1,e={}){super(t,t,e),this.isWebGLCubeRenderTarget=!0;let n={width:t,height:t,depth:1},i=[n,n,n,n,n,n];this.texture=new no(i),this._setTextureOptions(e),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(t,e){this.texture.type=e.type,this.texture.colorSpace=e.colorSpace,this.texture.generateMipmaps=e.generateMipmaps,this.texture.minFilter=e.minFilter,this.texture.magFilter=e.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},i=new er(5,5,5),r=new We({name:"CubemapFromEquirect",uniforms:fs(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:Xe,blending:cs});r.uniforms.tEquirect.value=e;let o=new Ut(i,r),a=e.minFilter;return e.minFilter===Ti&&(e.minFilter=un),new ir(1,10,this).update(t,o),e.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(t,e=!0,n=!0,i=!0){let r=t.getRenderTarget();for(let o=0;o<6;o++)t.setRenderTarget(this,o),t.clear(e,n,i);t.setRenderTarget(r)}},kp=256,Gy=3,Wy=20,lm=256,cm=16,Xy=3,qy=new R,Yy=new Nt,bc=class s{constructor(t){this._renderer=t,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new ir(1,10,null),this._boxMesh=new Ut(new er(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(t,e=0,n=.1,i=100,r={}){let{size:o=256,position:a=qy}=r,l=this._renderer;this._setSize(o);let c=this._allocateTarget(),h=this._getSourceTarget(!0);e>0&&(h.texture.mipmapsAutoUpdate=!1);let u=l.autoClear,d=l.autoClearColor,f=l.autoClearDepth,p=l.autoClearStencil,y=t.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,y===null&&(t.background=l.getClearColor(Yy));let g=new ir(n,i,h);return g.position.copy(a),g.update(l,t),l.autoClear=u,l.autoClearColor=d,l.autoClearDepth=f,l.autoClearStencil=p,t.background=y,e>0&&(h.texture.mipmapsAutoUpdate=!0,this._blur(c,e)),this._applyPMREM(c),c}fromEquirectangular(t,e=null){return this._fromTexture(t,e)}fromCubemap(t,e=null){return this._fromTexture(t,e)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=Vp(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Hp(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(t,e){return e>0?1-Math.sqrt(1-t/e):0}_setSize(t){this._cubeSize=Math.max(kp,Fu(t))}_fromTexture(t,e){t.mapping===us||t.mapping===or?this._setSize(t.image.length===0?kp:t.image[0].width||t.image[0].image.width):this._setSize(t.image.width/4);let n=e||this._allocateTarget();return this._textureToCubemap(t),this._applyPMREM(n),n}_allocateTarget(){let t=this._cubeSize,e=zp(t,!1,!1),n=Math.log2(t)-Gy;for(let i=0;i<=n;i++)e.texture.mipmaps.push({width:t>>i,height:t>>i});return e.texture.name="PMREM",e.texture.isPMREMTexture=!0,e}_getSourceTarget(t=!1){let e=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==e||t&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=zp(e,!0,t)),this._sourceTarget}_compileMaterial(t){this._boxMesh.material=t,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(t,e,n){let i=this._boxMesh,r=this._cubeCamera;i.material=n,r.renderTarget=t,r.activeMipmapLevel=e;let o=t.width>>e;t.viewport.set(0,0,o,o),r.update(this._renderer,i),t.viewport.set(0,0,t.width,t.height)}_textureToCubemap(t){let e;t.mapping===us||t.mapping===or?(this._cubemapMaterial===null&&(this._cubemapMaterial=Vp()),e=this._cubemapMaterial,e.uniforms.flipEnvMap.value=t.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Hp()),e=this._equirectMaterial),e.uniforms.envMap.value=t,this._renderCube(this._getSourceTarget(),0,e)}_applyPMREM(t){this._ggxMaterial===null&&(this._ggxMaterial=Zy(),this._integrationMaterial=$y());let e=this._cubeSize,n=t.texture.mipmaps.length-1,i=this._ggxMaterial.uniforms;i.envMap.value=this._sourceTarget.texture;let r=this._integrationMaterial.uniforms;r.envMap.value=this._sourceTarget.texture,r.sourceLod.value=Math.log2(e/cm);for(let o=0;o<=n;o++){let a=s.lodToRoughness(o,n);if(o>n-Xy)r.roughness.value=a,this._renderCube(t,o,this._integrationMaterial);else{let l=a>0?Math.log2(e)+.5*Math.log2(6/(lm*Math.pow(a,4)))+.5:0;i.roughness.value=a,i.lodBias.value=l,this._renderCube(t,o,this._ggxMaterial)}}}_blur(t,e){this._blurMaterial===null&&(this._blurMaterial=Jy());let n=this._blurMaterial,i=n.uniforms,r=this._sourceTarget;i.sigma.value=Math.min(e,Math.PI)/Math.SQRT2,i.envMap.value=r.texture,this._renderCube(t,0,n),i.envMap.value=t.texture,this._renderCube(r,0,n)}};function zp(s,t,e){return new Ro(s,{minFilter:Ti,generateMipmaps:t,type:jn,colorSpace:qr,depthBuffer:e})}function Co(s,t,e){return new We({name:s,uniforms:t,vertexShader:Gt.cube_vert,fragmentShader:e,side:Xe,blending:cs,depthTest:!1,depthWrite:!1})}function Zy(){return Co("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${lm}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function $y(){return Co("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:cm}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function Jy(){return Co("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${Wy}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function Hp(){return Co("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function Vp(){return Co("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function Ky(s){let t=new WeakMap,e=new WeakMap,n=null;function i(d,f=!1){return d==null?null:f?o(d):r(d)}function r(d){if(d&&d.isTexture){let f=d.mapping;if(f===Il||f===Ll)if(t.has(d)){let p=t.get(d).texture;return a(p,d.mapping)}else{let p=d.image;if(p&&p.height>0){let y=new Ro(p.height);return y.fromEquirectangularTexture(s,d),t.set(d,y),d.addEventListener("dispose",c),a(y.texture,d.mapping)}else return null}}return d}function o(d){if(d&&d.isTexture&&d.isPMREMTexture!==!0){let f=d.mapping,p=f===Il||f===Ll,y=f===us||f===or;if(p||y){let g=e.get(d),m=g!==void 0?g.texture.pmremVersion:0;if(d.isRenderTargetTexture&&d.pmremVersion!==m)return n===null&&(n=new bc(s)),g=p?n.fromEquirectangular(d,g):n.fromCubemap(d,g),g.texture.pmremVersion=d.pmremVersion,e.set(d,g),g.texture;if(g!==void 0)return g.texture;{let x=d.image;return p&&x&&x.height>0||y&&x&&l(x)?(n===null&&(n=new bc(s)),g=p?n.fromEquirectangular(d):n.fromCubemap(d),g.texture.pmremVersion=d.pmremVersion,e.set(d,g),d.addEventListener("dispose",h),g.texture):null}}}return d}function a(d,f){return f===Il?d.mapping=us:f===Ll&&(d.mapping=or),d}function l(d){let f=0,p=6;for(let y=0;y<p;y++)d[y]!==void 0&&f++;return f===p}function c(d){let f=d.target;f.removeEventListener("dispose",c);let p=t.get(f);p!==void 0&&(t.delete(f),p.dispose())}function h(d){let f=d.target;f.removeEventListener("dispose",h);let p=e.get(f);p!==void 0&&(e.delete(f),p.dispose())}function u(){t=new WeakMap,e=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:i,dispose:u}}function jy(s){let t={};function e(n){if(t[n]!==void 0)return t[n];let i=s.getExtension(n);return t[n]=i,i}return{has:function(n){return e(n)!==null},init:function(){e("EXT_color_buffer_float"),e("WEBGL_clip_cull_distance"),e("OES_texture_float_linear"),e("EXT_color_buffer_half_float"),e("WEBGL_multisampled_render_to_texture"),e("WEBGL_render_shared_exponent")},get:function(n){let i=e(n);return i===null&&zr("WebGLRenderer: "+n+" extension not supported."),i}}}function Qy(s,t,e,n){let i={},r=new WeakMap,o=new FinalizationRegistry(p=>delete i[p]);function a(p){l(p.target)}function l(p){p.index!==null&&t.remove(p.index);for(let g in p.attributes)t.remove(p.attributes[g]);p.removeEventListener("dispose",a),delete i[p.id],o.unregister(p);let y=r.get(p);y&&(t.remove(y),r.delete(p)),n.releaseStatesOfGeometry(p),p.isInstancedBufferGeometry===!0&&delete p._maxInstanceCount,e.memory.geometries--}function c(p,y){return i[y.id]!==void 0||(y.addEventListener("dispose",a),i[y.id]=new WeakRef(y),o.register(y,y.id,y),e.memory.geometries++),y}function h(p){let y=p.attributes;for(let g in y)t.update(y[g],s.ARRAY_BUFFER)}function u(p){let y=p.index,g=p.attributes.position,m=0;if(g===void 0)return;let x=y!==null?y.array.length:g.array.length/3-1,b=g.count>=65535?jr:Kr,v=new b(Math.ceil(x/3)*6,1),S=v.array;if(y!==null){let _=y.array;m=y.version;for(let M=0,I=0;M<x;M+=3){let A=_[M+0],P=_[M+1],L=_[M+2];S[I++]=A,S[I++]=P,S[I++]=P,S[I++]=L,S[I++]=L,S[I++]=A}}else{m=g.version;for(let _=0,M=0;_<x;_+=3){let I=_+0,A=_+1,P=_+2;S[M++]=I,S[M++]=A,S[M++]=A,S[M++]=P,S[M++]=P,S[M++]=I}}v.version=m;let E=r.get(p);E&&t.remove(E),r.set(p,v)}function d(p){let y=r.get(p);if(y){let g=p.index;g!==null&&y.version<g.version&&u(p)}else u(p);return r.get(p)}function f(){for(let p in i){let y=i[p].deref();y!==void 0&&l(y)}}return{get:c,update:h,getWireframeAttribute:d,dispose:f}}function tv(s,t,e){let n;function i(u){n=u}let r,o;function a(u){r=u.type,o=u.bytesPerElement}function l(u,d){s.drawElements(n,d,r,u*o),e.update(d,n,1)}function c(u,d,f){f!==0&&(s.drawElementsInstanced(n,d,r,u*o,f),e.update(d,n,f))}function h(u,d,f){if(f===0)return;t.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,d,0,r,u,0,f);let y=0;for(let g=0;g<f;g++)y+=d[g];e.update(y,n,1)}this.setMode=i,this.setIndex=a,this.render=l,this.renderInstances=c,this.renderMultiDraw=h}function ev(s){let t={geometries:0,textures:0},e={frame:0,calls:0,triangles:0,points:0,lines:0};function n(r,o,a){switch(e.calls++,o){case s.TRIANGLES:e.triangles+=a*(r/3);break;case s.LINES:e.lines+=a*(r/2);break;case s.LINE_STRIP:e.lines+=a*(r-1);break;case s.LINE_LOOP:e.lines+=a*r;break;case s.POINTS:e.points+=a*r;break;default:Lt("WebGLInfo: Unknown draw mode:",o);break}}function i(){e.calls=0,e.triangles=0,e.points=0,e.lines=0}return{memory:t,render:e,programs:null,autoReset:!0,reset:i,update:n}}function nv(s,t,e){let n=new WeakMap,i=new xe;function r(o,a,l){let c=o.morphTargetInfluences,h=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,u=h!==void 0?h.length:0,d=n.get(a);if(d===void 0||d.count!==u){let I=function(){_.dispose(),n.delete(a),a.removeEventListener("dispose",I)};d!==void 0&&d.texture.dispose();let f=a.morphAttributes.position!==void 0,p=a.morphAttributes.normal!==void 0,y=a.morphAttributes.color!==void 0,g=a.morphAttributes.position||[],m=a.morphAttributes.normal||[],x=a.morphAttributes.color||[],b=0;f===!0&&(b=1),p===!0&&(b=2),y===!0&&(b=3);let v=a.attributes.position.count*b,S=1;v>t.maxTextureSize&&(S=Math.ceil(v/t.maxTextureSize),v=t.maxTextureSize);let E=new Float32Array(v*S*4*u),_=new Jr(E,v,S,u);_.type=yn,_.needsUpdate=!0;let M=b*4;for(let A=0;A<u;A++){let P=g[A],L=m[A],F=x[A],D=v*S*4*A;for(let k=0;k<P.count;k++){let G=k*M;f===!0&&(i.fromBufferAttribute(P,k),E[D+G+0]=i.x,E[D+G+1]=i.y,E[D+G+2]=i.z,E[D+G+3]=0),p===!0&&(i.fromBufferAttribute(L,k),E[D+G+4]=i.x,E[D+G+5]=i.y,E[D+G+6]=i.z,E[D+G+7]=0),y===!0&&(i.fromBufferAttribute(F,k),E[D+G+8]=i.x,E[D+G+9]=i.y,E[D+G+10]=i.z,E[D+G+11]=F.itemSize===4?i.w:1)}}d={count:u,texture:_,size:new st(v,S)},n.set(a,d),a.addEventListener("dispose",I)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)l.getUniforms().setValue(s,"morphTexture",o.morphTexture,e);else{let f=0;for(let y=0;y<c.length;y++)f+=c[y];let p=a.morphTargetsRelative?1:1-f;l.getUniforms().setValue(s,"morphTargetBaseInfluence",p),l.getUniforms().setValue(s,"morphTargetInfluences",c)}l.getUniforms().setValue(s,"morphTargetsTexture",d.texture,e),l.getUniforms().setValue(s,"morphTargetsTextureSize",d.size)}return{update:r}}function iv(s,t,e,n,i){let r=new WeakMap;function o(c){let h=i.render.frame,u=c.geometry,d=t.get(c,u);if(r.get(d)!==h&&(t.update(d),r.set(d,h)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),r.get(c)!==h&&(e.update(c.instanceMatrix,s.ARRAY_BUFFER),c.instanceColor!==null&&e.update(c.instanceColor,s.ARRAY_BUFFER),r.set(c,h))),c.isSkinnedMesh){let f=c.skeleton;r.get(f)!==h&&(f.update(),r.set(f,h))}return d}function a(){r=new WeakMap}function l(c){let h=c.target;h.removeEventListener("dispose",l),n.releaseStatesOfObject(h),e.remove(h.instanceMatrix),h.instanceColor!==null&&e.remove(h.instanceColor)}return{update:o,dispose:a}}var sv={[_u]:"LINEAR_TONE_MAPPING",[xu]:"REINHARD_TONE_MAPPING",[yu]:"CINEON_TONE_MAPPING",[vu]:"ACES_FILMIC_TONE_MAPPING",[Su]:"AGX_TONE_MAPPING",[_o]:"NEUTRAL_TONE_MAPPING",[bu]:"CUSTOM_TONE_MAPPING"};function rv(s,t,e,n,i,r){let o=new fn(t,e,{type:s,depthBuffer:i,stencilBuffer:r,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,l=null,c=null,h=new ye;h.setAttribute("position",new _e([-1,3,0,-1,-1,0,3,-1,0],3)),h.setAttribute("uv",new _e([0,2,0,0,2,0],2));let u=new ml({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),d=new Ut(h,u),f=new fo(-1,1,1,-1,0,1),p=null,y=null,g=!1,m,x=null,b=[],v=!1;this.setSize=function(S,E){o.setSize(S,E),a!==null&&a.setSize(S,E),l!==null&&l.setSize(S,E);for(let _=0;_<b.length;_++){let M=b[_];M.setSize&&M.setSize(S,E)}},this.setEffects=function(S){b=S,v=b.length>0&&b[0].isRenderPass===!0;let E=o.width,_=o.height;b.length>0&&a===null&&(a=new fn(E,_,{type:jn,depthBuffer:!1,stencilBuffer:!1}),l=new fn(E,_,{type:jn,depthBuffer:!1,stencilBuffer:!1}));let M=i===!0&&b.some(I=>I.needsDepthTexture===!0);M!==(o.depthTexture!==null)&&(M===!0&&c===null&&(c=new Ei(E,_),r===!0&&(c.format=Ai,c.type=ds)),o.dispose(),o.depthTexture=M?c:null,o.resolveDepthBuffer=M,o.storeMultisampledDepthBuffer=M);for(let I=0;I<b.length;I++){let A=b[I];A.setSize&&A.setSize(E,_),M&&A.needsDepthTexture===!0&&A.setDepthTexture&&A.setDepthTexture(c)}},this.begin=function(S,E){if(g||S.toneMapping===ci&&b.length===0)return!1;if(x=E,E!==null){let _=E.width,M=E.height;(o.width!==_||o.height!==M)&&this.setSize(_,M)}return v===!1&&S.setRenderTarget(o),m=S.toneMapping,S.toneMapping=ci,!0},this.hasRenderPass=function(){return v},this.end=function(S,E){S.toneMapping=m,g=!0;let _=o,M=a;for(let I=0;I<b.length;I++){let A=b[I];A.enabled!==!1&&(A.render(S,M,_,E),A.needsSwap!==!1&&(_=M,M=M===a?l:a))}if(p!==S.outputColorSpace||y!==S.toneMapping){p=S.outputColorSpace,y=S.toneMapping,u.defines={},Xt.getTransfer(p)===re&&(u.defines.SRGB_TRANSFER="");let I=sv[y];I&&(u.defines[I]=""),u.needsUpdate=!0}u.uniforms.tDiffuse.value=_.texture,S.setRenderTarget(x),S.render(d,f),x=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),l!==null&&l.dispose(),h.dispose(),u.dispose()}}var hm=new dn,um=new Ei(1,1),dm=new io(1),fm=new Jr,pm=new il,mm=new no,Gp=[],Wp=[],Xp=new Float32Array(16),qp=new Float32Array(9),Yp=new Float32Array(4);function hr(s,t,e){let n=s[0];if(n<=0||n>0)return s;let i=t*e,r=Gp[i];if(r===void 0&&(r=new Float32Array(i),Gp[i]=r),t!==0){n.toArray(r,0);for(let o=1,a=0;o!==t;++o)a+=e,s[o].toArray(r,a)}return r}function Ie(s,t){if(s.length!==t.length)return!1;for(let e=0,n=s.length;e<n;e++)if(s[e]!==t[e])return!1;return!0}function Le(s,t){for(let e=0,n=t.length;e<n;e++)s[e]=t[e]}function Mc(s,t){let e=Wp[t];e===void 0&&(e=new Int32Array(t),Wp[t]=e);for(let n=0;n!==t;++n)e[n]=s.allocateTextureUnit();return e}function ov(s,t){let e=this.cache;e[0]!==t&&(s.uniform1f(this.addr,t),e[0]=t)}function av(s,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y)&&(s.uniform2f(this.addr,t.x,t.y),e[0]=t.x,e[1]=t.y);else{if(Ie(e,t))return;s.uniform2fv(this.addr,t),Le(e,t)}}function lv(s,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z)&&(s.uniform3f(this.addr,t.x,t.y,t.z),e[0]=t.x,e[1]=t.y,e[2]=t.z);else if(t.r!==void 0)(e[0]!==t.r||e[1]!==t.g||e[2]!==t.b)&&(s.uniform3f(this.addr,t.r,t.g,t.b),e[0]=t.r,e[1]=t.g,e[2]=t.b);else{if(Ie(e,t))return;s.uniform3fv(this.addr,t),Le(e,t)}}function cv(s,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z||e[3]!==t.w)&&(s.uniform4f(this.addr,t.x,t.y,t.z,t.w),e[0]=t.x,e[1]=t.y,e[2]=t.z,e[3]=t.w);else{if(Ie(e,t))return;s.uniform4fv(this.addr,t),Le(e,t)}}function hv(s,t){let e=this.cache,n=t.elements;if(n===void 0){if(Ie(e,t))return;s.uniformMatrix2fv(this.addr,!1,t),Le(e,t)}else{if(Ie(e,n))return;Yp.set(n),s.uniformMatrix2fv(this.addr,!1,Yp),Le(e,n)}}function uv(s,t){let e=this.cache,n=t.elements;if(n===void 0){if(Ie(e,t))return;s.uniformMatrix3fv(this.addr,!1,t),Le(e,t)}else{if(Ie(e,n))return;qp.set(n),s.uniformMatrix3fv(this.addr,!1,qp),Le(e,n)}}function dv(s,t){let e=this.cache,n=t.elements;if(n===void 0){if(Ie(e,t))return;s.uniformMatrix4fv(this.addr,!1,t),Le(e,t)}else{if(Ie(e,n))return;Xp.set(n),s.uniformMatrix4fv(this.addr,!1,Xp),Le(e,n)}}function fv(s,t){let e=this.cache;e[0]!==t&&(s.uniform1i(this.addr,t),e[0]=t)}function pv(s,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y)&&(s.uniform2i(this.addr,t.x,t.y),e[0]=t.x,e[1]=t.y);else{if(Ie(e,t))return;s.uniform2iv(this.addr,t),Le(e,t)}}function mv(s,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z)&&(s.uniform3i(this.addr,t.x,t.y,t.z),e[0]=t.x,e[1]=t.y,e[2]=t.z);else{if(Ie(e,t))return;s.uniform3iv(this.addr,t),Le(e,t)}}function gv(s,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z||e[3]!==t.w)&&(s.uniform4i(this.addr,t.x,t.y,t.z,t.w),e[0]=t.x,e[1]=t.y,e[2]=t.z,e[3]=t.w);else{if(Ie(e,t))return;s.uniform4iv(this.addr,t),Le(e,t)}}function _v(s,t){let e=this.cache;e[0]!==t&&(s.uniform1ui(this.addr,t),e[0]=t)}function xv(s,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y)&&(s.uniform2ui(this.addr,t.x,t.y),e[0]=t.x,e[1]=t.y);else{if(Ie(e,t))return;s.uniform2uiv(this.addr,t),Le(e,t)}}function yv(s,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z)&&(s.uniform3ui(this.addr,t.x,t.y,t.z),e[0]=t.x,e[1]=t.y,e[2]=t.z);else{if(Ie(e,t))return;s.uniform3uiv(this.addr,t),Le(e,t)}}function vv(s,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z||e[3]!==t.w)&&(s.uniform4ui(this.addr,t.x,t.y,t.z,t.w),e[0]=t.x,e[1]=t.y,e[2]=t.z,e[3]=t.w);else{if(Ie(e,t))return;s.uniform4uiv(this.addr,t),Le(e,t)}}function wc(s){return s.version===0&&(s.compareFunction=Lu,s.needsUpdate=!0),s}function bv(s,t,e){let n=this.cache,i=e.allocateTextureUnit();n[0]!==i&&(s.uniform1i(this.addr,i),n[0]=i);let r;this.type===s.SAMPLER_2D_SHADOW?r=wc(um):r=hm,e.setTexture2D(t||r,i)}function Sv(s,t,e){let n=this.cache,i=e.allocateTextureUnit();n[0]!==i&&(s.uniform1i(this.addr,i),n[0]=i),e.setTexture3D(t||pm,i)}function Mv(s,t,e){let n=this.cache,i=e.allocateTextureUnit();n[0]!==i&&(s.uniform1i(this.addr,i),n[0]=i);let r;this.type===s.SAMPLER_CUBE_SHADOW?r=wc(dm):r=mm,e.setTextureCube(t||r,i)}function wv(s,t,e){let n=this.cache,i=e.allocateTextureUnit();n[0]!==i&&(s.uniform1i(this.addr,i),n[0]=i),e.setTexture2DArray(t||fm,i)}function Ev(s){switch(s){case 5126:return ov;case 35664:return av;case 35665:return lv;case 35666:return cv;case 35674:return hv;case 35675:return uv;case 35676:return dv;case 5124:case 35670:return fv;case 35667:case 35671:return pv;case 35668:case 35672:return mv;case 35669:case 35673:return gv;case 5125:return _v;case 36294:return xv;case 36295:return yv;case 36296:return vv;case 35678:case 36198:case 36298:case 36306:case 35682:return bv;case 35679:case 36299:case 36307:return Sv;case 35680:case 36300:case 36308:case 36293:return Mv;case 36289:case 36303:case 36311:case 36292:return wv}}function Tv(s,t){s.uniform1fv(this.addr,t)}function Av(s,t){let e=hr(t,this.size,2);s.uniform2fv(this.addr,e)}function Rv(s,t){let e=hr(t,this.size,3);s.uniform3fv(this.addr,e)}function Cv(s,t){let e=hr(t,this.size,4);s.uniform4fv(this.addr,e)}function Pv(s,t){let e=hr(t,this.size,4);s.uniformMatrix2fv(this.addr,!1,e)}function Iv(s,t){let e=hr(t,this.size,9);s.uniformMatrix3fv(this.addr,!1,e)}function Lv(s,t){let e=hr(t,this.size,16);s.uniformMatrix4fv(this.addr,!1,e)}function Dv(s,t){s.uniform1iv(this.addr,t)}function Nv(s,t){s.uniform2iv(this.addr,t)}function Uv(s,t){s.uniform3iv(this.addr,t)}function Fv(s,t){s.uniform4iv(this.addr,t)}function Ov(s,t){s.uniform1uiv(this.addr,t)}function Bv(s,t){s.uniform2uiv(this.addr,t)}function kv(s,t){s.uniform3uiv(this.addr,t)}function zv(s,t){s.uniform4uiv(this.addr,t)}function Hv(s,t,e){let n=this.cache,i=t.length,r=Mc(e,i);Ie(n,r)||(s.uniform1iv(this.addr,r),Le(n,r));let o;this.type===s.SAMPLER_2D_SHADOW?o=wc(um):o=hm;for(let a=0;a!==i;++a)e.setTexture2D(t[a]||o,r[a])}function Vv(s,t,e){let n=this.cache,i=t.length,r=Mc(e,i);Ie(n,r)||(s.uniform1iv(this.addr,r),Le(n,r));for(let o=0;o!==i;++o)e.setTexture3D(t[o]||pm,r[o])}function Gv(s,t,e){let n=this.cache,i=t.length,r=Mc(e,i);Ie(n,r)||(s.uniform1iv(this.addr,r),Le(n,r));let o;this.type===s.SAMPLER_CUBE_SHADOW?o=wc(dm):o=mm;for(let a=0;a!==i;++a)e.setTextureCube(t[a]||o,r[a])}function Wv(s,t,e){let n=this.cache,i=t.length,r=Mc(e,i);Ie(n,r)||(s.uniform1iv(this.addr,r),Le(n,r));for(let o=0;o!==i;++o)e.setTexture2DArray(t[o]||fm,r[o])}function Xv(s){switch(s){case 5126:return Tv;case 35664:return Av;case 35665:return Rv;case 35666:return Cv;case 35674:return Pv;case 35675:return Iv;case 35676:return Lv;case 5124:case 35670:return Dv;case 35667:case 35671:return Nv;case 35668:case 35672:return Uv;case 35669:case 35673:return Fv;case 5125:return Ov;case 36294:return Bv;case 36295:return kv;case 36296:return zv;case 35678:case 36198:case 36298:case 36306:case 35682:return Hv;case 35679:case 36299:case 36307:return Vv;case 35680:case 36300:case 36308:case 36293:return Gv;case 36289:case 36303:case 36311:case 36292:return Wv}}var Ku=class{constructor(t,e,n){this.id=t,this.addr=n,this.cache=[],this.type=e.type,this.setValue=Ev(e.type)}},ju=class{constructor(t,e,n){this.id=t,this.addr=n,this.cache=[],this.type=e.type,this.size=e.size,this.setValue=Xv(e.type)}},Qu=class{constructor(t){this.id=t,this.seq=[],this.map={}}setValue(t,e,n){let i=this.seq;for(let r=0,o=i.length;r!==o;++r){let a=i[r];a.setValue(t,e[a.id],n)}}},$u=/(\w+)(\])?(\[|\.)?/g;function Zp(s,t){s.seq.push(t),s.map[t.id]=t}function qv(s,t,e){let n=s.name,i=n.length;for($u.lastIndex=0;;){let r=$u.exec(n),o=$u.lastIndex,a=r[1],l=r[2]==="]",c=r[3];if(l&&(a=a|0),c===void 0||c==="["&&o+2===i){Zp(e,c===void 0?new Ku(a,s,t):new ju(a,s,t));break}else{let u=e.map[a];u===void 0&&(u=new Qu(a),Zp(e,u)),e=u}}}var lr=class{constructor(t,e){this.seq=[],this.map={};let n=t.getProgramParameter(e,t.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let a=t.getActiveUniform(e,o),l=t.getUniformLocation(e,a.name);qv(a,l,this)}let i=[],r=[];for(let o of this.seq)o.type===t.SAMPLER_2D_SHADOW||o.type===t.SAMPLER_CUBE_SHADOW||o.type===t.SAMPLER_2D_ARRAY_SHADOW?i.push(o):r.push(o);i.length>0&&(this.seq=i.concat(r))}setValue(t,e,n,i){let r=this.map[e];r!==void 0&&r.setValue(t,n,i)}setOptional(t,e,n){let i=e[n];i!==void 0&&this.setValue(t,n,i)}static upload(t,e,n,i){for(let r=0,o=e.length;r!==o;++r){let a=e[r],l=n[a.id];l.needsUpdate!==!1&&a.setValue(t,l.value,i)}}static seqWithValue(t,e){let n=[];for(let i=0,r=t.length;i!==r;++i){let o=t[i];o.id in e&&n.push(o)}return n}};function $p(s,t,e){let n=s.createShader(t);return s.shaderSource(n,e),s.compileShader(n),n}var Yv=37297,Zv=0;function $v(s,t){let e=s.split(`
`),n=[],i=Math.max(t-6,0),r=Math.min(t+6,e.length);for(let o=i;o<r;o++){let a=o+1;n.push(`${a===t?">":" "} ${a}: ${e[o]}`)}return n.join(`
`)}var Jp=new Ot;function Jv(s){Xt._getMatrix(Jp,Xt.workingColorSpace,s);let t=`mat3( ${Jp.elements.map(e=>e.toFixed(4))} )`;switch(Xt.getTransfer(s)){case Yr:return[t,"LinearTransferOETF"];case re:return[t,"sRGBTransferOETF"];default:return Rt("WebGLProgram: Unsupported color space: ",s),[t,"LinearTransferOETF"]}}function Kp(s,t,e){let n=s.getShaderParameter(t,s.COMPILE_STATUS),r=(s.getShaderInfoLog(t)||"").trim();if(n&&r==="")return"";let o=/ERROR: 0:(\d+)/.exec(r);if(o){let a=parseInt(o[1]);return e.toUpperCase()+`

`+r+`

`+$v(s.getShaderSource(t),a)}else return r}function Kv(s,t){let e=Jv(t);return[`vec4 ${s}( vec4 value ) {`,`	return ${e[1]}( vec4( ${e[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var jv={[_u]:"Linear",[xu]:"Reinhard",[yu]:"Cineon",[vu]:"ACESFilmic",[Su]:"AgX",[_o]:"Neutral",[bu]:"Custom"};function Qv(s,t){let e=jv[t];return e===void 0?(Rt("WebGLProgram: Unsupported toneMapping:",t),"vec3 "+s+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+s+"( vec3 color ) { return "+e+"ToneMapping( color ); }"}var vc=new R;function tb(){Xt.getLuminanceCoefficients(vc);let s=vc.x.toFixed(4),t=vc.y.toFixed(4),e=vc.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${s}, ${t}, ${e} );`,"	return dot( weights, rgb );","}"].join(`
`)}function eb(s){return[s.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",s.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(Ao).join(`
`)}function nb(s){let t=[];for(let e in s){let n=s[e];n!==!1&&t.push("#define "+e+" "+n)}return t.join(`
`)}function ib(s,t){let e={},n=s.getProgramParameter(t,s.ACTIVE_ATTRIBUTES);for(let i=0;i<n;i++){let r=s.getActiveAttrib(t,i),o=r.name,a=1;r.type===s.FLOAT_MAT2&&(a=2),r.type===s.FLOAT_MAT3&&(a=3),r.type===s.FLOAT_MAT4&&(a=4),e[o]={type:r.type,location:s.getAttribLocation(t,o),locationSize:a}}return e}function Ao(s){return s!==""}function jp(s,t){let e=t.numSpotLightShadows+t.numSpotLightMaps-t.numSpotLightShadowsWithMaps;return s.replace(/NUM_SUN_LIGHTS/g,t.numSunLights).replace(/NUM_DIR_LIGHTS/g,t.numDirLights).replace(/NUM_SPOT_LIGHTS/g,t.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,t.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,e).replace(/NUM_RECT_AREA_LIGHTS/g,t.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,t.numPointLights).replace(/NUM_HEMI_LIGHTS/g,t.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,t.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,t.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,t.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,t.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,t.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,t.numLightProbeGrids)}function Qp(s,t){return s.replace(/NUM_CLIPPING_PLANES/g,t.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,t.numClippingPlanes-t.numClipIntersection)}var sb=/^[ \t]*#include +<([\w\d./]+)>/gm;function td(s){return s.replace(sb,rb)}function rb(s,t){let e=Gt[t];if(e===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+t+">");return td(e)}var ob=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function tm(s){return s.replace(ob,ab)}function ab(s,t,e,n){let i="";for(let r=parseInt(t);r<parseInt(e);r++)i+=n.replace(/\[\s*i\s*\]/g,"[ "+r+" ]").replace(/UNROLLED_LOOP_INDEX/g,r);return i}function em(s){let t=`precision ${s.precision} float;
	precision ${s.precision} int;
	precision ${s.precision} sampler2D;
	precision ${s.precision} samplerCube;
	precision ${s.precision} sampler3D;
	precision ${s.precision} sampler2DArray;
	precision ${s.precision} sampler2DShadow;
	precision ${s.precision} samplerCubeShadow;
	precision ${s.precision} sampler2DArrayShadow;
	precision ${s.precision} isampler2D;
	precision ${s.precision} isampler3D;
	precision ${s.precision} isamplerCube;
	precision ${s.precision} isampler2DArray;
	precision ${s.precision} usampler2D;
	precision ${s.precision} usampler3D;
	precision ${s.precision} usamplerCube;
	precision ${s.precision} usampler2DArray;
	`;return s.precision==="highp"?t+=`
#define HIGH_PRECISION`:s.precision==="mediump"?t+=`
#define MEDIUM_PRECISION`:s.precision==="lowp"&&(t+=`
#define LOW_PRECISION`),t}var lb={[go]:"SHADOWMAP_TYPE_PCF",[sr]:"SHADOWMAP_TYPE_VSM"};function cb(s){return lb[s.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var hb={[or]:"ENVMAP_MODE_REFRACTION"};function ub(s){return s.envMap===!1?"ENVMAP_MODE_REFLECTION":hb[s.envMapMode]||"ENVMAP_MODE_REFLECTION"}var db={[gu]:"ENVMAP_BLENDING_MULTIPLY",[vp]:"ENVMAP_BLENDING_MIX",[bp]:"ENVMAP_BLENDING_ADD"};function fb(s){return s.envMap===!1?"ENVMAP_BLENDING_NONE":db[s.combine]||"ENVMAP_BLENDING_NONE"}function pb(s,t,e,n){let i=s.getContext(),r=e.defines,o=e.vertexShader,a=e.fragmentShader,l=cb(e),c=e.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",h=ub(e),u=fb(e),d=eb(e),f=nb(r),p=i.createProgram(),y,g,m=e.glslVersion?"#version "+e.glslVersion+`
`:"";e.isRawShaderMaterial?(y=["#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,f].filter(Ao).join(`
`),y.length>0&&(y+=`
`),g=["#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,f].filter(Ao).join(`
`),g.length>0&&(g+=`
`)):(y=[em(e),"#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,f,e.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",e.batching?"#define USE_BATCHING":"",e.batchingColor?"#define USE_BATCHING_COLOR":"",e.instancing?"#define USE_INSTANCING":"",e.instancingColor?"#define USE_INSTANCING_COLOR":"",e.instancingMorph?"#define USE_INSTANCING_MORPH":"",e.useFog&&e.fog?"#define USE_FOG":"",e.useFog&&e.fogExp2?"#define FOG_EXP2":"",e.map?"#define USE_MAP":"",e.envMap?"#define USE_ENVMAP":"",e.envMap?"#define "+h:"",e.lightMap?"#define USE_LIGHTMAP":"",e.aoMap?"#define USE_AOMAP":"",e.bumpMap?"#define USE_BUMPMAP":"",e.normalMap?"#define USE_NORMALMAP":"",e.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",e.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",e.displacementMap?"#define USE_DISPLACEMENTMAP":"",e.emissiveMap?"#define USE_EMISSIVEMAP":"",e.anisotropy?"#define USE_ANISOTROPY":"",e.anisotropyMap?"#define USE_ANISOTROPYMAP":"",e.clearcoatMap?"#define USE_CLEARCOATMAP":"",e.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",e.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",e.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",e.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",e.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",e.specularMap?"#define USE_SPECULARMAP":"",e.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",e.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",e.roughnessMap?"#define USE_ROUGHNESSMAP":"",e.metalnessMap?"#define USE_METALNESSMAP":"",e.alphaMap?"#define USE_ALPHAMAP":"",e.alphaHash?"#define USE_ALPHAHASH":"",e.transmission?"#define USE_TRANSMISSION":"",e.transmissionMap?"#define USE_TRANSMISSIONMAP":"",e.thicknessMap?"#define USE_THICKNESSMAP":"",e.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",e.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",e.mapUv?"#define MAP_UV "+e.mapUv:"",e.alphaMapUv?"#define ALPHAMAP_UV "+e.alphaMapUv:"",e.lightMapUv?"#define LIGHTMAP_UV "+e.lightMapUv:"",e.aoMapUv?"#define AOMAP_UV "+e.aoMapUv:"",e.emissiveMapUv?"#define EMISSIVEMAP_UV "+e.emissiveMapUv:"",e.bumpMapUv?"#define BUMPMAP_UV "+e.bumpMapUv:"",e.normalMapUv?"#define NORMALMAP_UV "+e.normalMapUv:"",e.displacementMapUv?"#define DISPLACEMENTMAP_UV "+e.displacementMapUv:"",e.metalnessMapUv?"#define METALNESSMAP_UV "+e.metalnessMapUv:"",e.roughnessMapUv?"#define ROUGHNESSMAP_UV "+e.roughnessMapUv:"",e.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+e.anisotropyMapUv:"",e.clearcoatMapUv?"#define CLEARCOATMAP_UV "+e.clearcoatMapUv:"",e.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+e.clearcoatNormalMapUv:"",e.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+e.clearcoatRoughnessMapUv:"",e.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+e.diffuseRoughnessMapUv:"",e.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+e.iridescenceMapUv:"",e.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+e.iridescenceThicknessMapUv:"",e.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+e.sheenColorMapUv:"",e.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+e.sheenRoughnessMapUv:"",e.specularMapUv?"#define SPECULARMAP_UV "+e.specularMapUv:"",e.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+e.specularColorMapUv:"",e.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+e.specularIntensityMapUv:"",e.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+e.transmissionMapUv:"",e.thicknessMapUv?"#define THICKNESSMAP_UV "+e.thicknessMapUv:"",e.vertexTangents&&e.flatShading===!1?"#define USE_TANGENT":"",e.vertexNormals?"#define HAS_NORMAL":"",e.vertexColors?"#define USE_COLOR":"",e.vertexAlphas?"#define USE_COLOR_ALPHA":"",e.vertexUv1s?"#define USE_UV1":"",e.vertexUv2s?"#define USE_UV2":"",e.vertexUv3s?"#define USE_UV3":"",e.pointsUvs?"#define USE_POINTS_UV":"",e.flatShading?"#define FLAT_SHADED":"",e.skinning?"#define USE_SKINNING":"",e.morphTargets?"#define USE_MORPHTARGETS":"",e.morphNormals&&e.flatShading===!1?"#define USE_MORPHNORMALS":"",e.morphColors?"#define USE_MORPHCOLORS":"",e.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+e.morphTextureStride:"",e.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+e.morphTargetsCount:"",e.doubleSided?"#define DOUBLE_SIDED":"",e.flipSided?"#define FLIP_SIDED":"",e.shadowMapEnabled?"#define USE_SHADOWMAP":"",e.shadowMapEnabled?"#define "+l:"",e.sizeAttenuation?"#define USE_SIZEATTENUATION":"",e.numLightProbes>0?"#define USE_LIGHT_PROBES":"",e.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",e.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(Ao).join(`
`),g=[em(e),"#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,f,e.useFog&&e.fog?"#define USE_FOG":"",e.useFog&&e.fogExp2?"#define FOG_EXP2":"",e.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",e.map?"#define USE_MAP":"",e.matcap?"#define USE_MATCAP":"",e.envMap?"#define USE_ENVMAP":"",e.envMap?"#define "+c:"",e.envMap?"#define "+h:"",e.envMap?"#define "+u:"",e.envMapPMREM?"#define ENVMAP_MAX_LOD "+e.envMapMaxLod+".0":"",e.envMapPMREM?"#define ENVMAP_SIZE "+e.envMapSize+".0":"",e.lightMap?"#define USE_LIGHTMAP":"",e.aoMap?"#define USE_AOMAP":"",e.bumpMap?"#define USE_BUMPMAP":"",e.normalMap?"#define USE_NORMALMAP":"",e.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",e.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",e.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",e.emissiveMap?"#define USE_EMISSIVEMAP":"",e.anisotropy?"#define USE_ANISOTROPY":"",e.anisotropyMap?"#define USE_ANISOTROPYMAP":"",e.clearcoat?"#define USE_CLEARCOAT":"",e.clearcoatMap?"#define USE_CLEARCOATMAP":"",e.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",e.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",e.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",e.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",e.dispersion?"#define USE_DISPERSION":"",e.retroreflection?"#define USE_RETROREFLECTION":"",e.iridescence?"#define USE_IRIDESCENCE":"",e.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",e.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",e.specularMap?"#define USE_SPECULARMAP":"",e.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",e.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",e.roughnessMap?"#define USE_ROUGHNESSMAP":"",e.metalnessMap?"#define USE_METALNESSMAP":"",e.alphaMap?"#define USE_ALPHAMAP":"",e.alphaTest?"#define USE_ALPHATEST":"",e.alphaHash?"#define USE_ALPHAHASH":"",e.sheen?"#define USE_SHEEN":"",e.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",e.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",e.transmission?"#define USE_TRANSMISSION":"",e.transmissionMap?"#define USE_TRANSMISSIONMAP":"",e.thicknessMap?"#define USE_THICKNESSMAP":"",e.vertexTangents&&e.flatShading===!1?"#define USE_TANGENT":"",e.vertexColors||e.instancingColor?"#define USE_COLOR":"",e.vertexAlphas||e.batchingColor?"#define USE_COLOR_ALPHA":"",e.vertexUv1s?"#define USE_UV1":"",e.vertexUv2s?"#define USE_UV2":"",e.vertexUv3s?"#define USE_UV3":"",e.pointsUvs?"#define USE_POINTS_UV":"",e.gradientMap?"#define USE_GRADIENTMAP":"",e.flatShading?"#define FLAT_SHADED":"",e.doubleSided?"#define DOUBLE_SIDED":"",e.flipSided?"#define FLIP_SIDED":"",e.shadowMapEnabled?"#define USE_SHADOWMAP":"",e.shadowMapEnabled?"#define "+l:"",e.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",e.numLightProbes>0?"#define USE_LIGHT_PROBES":"",e.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",e.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",e.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",e.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",e.toneMapping!==ci?"#define TONE_MAPPING":"",e.toneMapping!==ci?Gt.tonemapping_pars_fragment:"",e.toneMapping!==ci?Qv("toneMapping",e.toneMapping):"",e.dithering?"#define DITHERING":"",e.opaque?"#define OPAQUE":"",Gt.colorspace_pars_fragment,Kv("linearToOutputTexel",e.outputColorSpace),tb(),e.useDepthPacking?"#define DEPTH_PACKING "+e.depthPacking:"",`
`].filter(Ao).join(`
`)),o=td(o),o=jp(o,e),o=Qp(o,e),a=td(a),a=jp(a,e),a=Qp(a,e),o=tm(o),a=tm(a),e.isRawShaderMaterial!==!0&&(m=`#version 300 es
`,y=[d,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+y,g=["#define varying in",e.glslVersion===Nu?"":"layout(location = 0) out highp vec4 pc_fragColor;",e.glslVersion===Nu?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let x=m+y+o,b=m+g+a,v=$p(i,i.VERTEX_SHADER,x),S=$p(i,i.FRAGMENT_SHADER,b);i.attachShader(p,v),i.attachShader(p,S),e.index0AttributeName!==void 0?i.bindAttribLocation(p,0,e.index0AttributeName):e.hasPositionAttribute===!0&&i.bindAttribLocation(p,0,"position"),i.linkProgram(p);function E(A){if(s.debug.checkShaderErrors){let P=i.getProgramInfoLog(p)||"",L=i.getShaderInfoLog(v)||"",F=i.getShaderInfoLog(S)||"",D=P.trim(),k=L.trim(),G=F.trim(),W=!0,et=!0;if(i.getProgramParameter(p,i.LINK_STATUS)===!1)if(W=!1,typeof s.debug.onShaderError=="function")s.debug.onShaderError(i,p,v,S);else{let q=Kp(i,v,"vertex"),Q=Kp(i,S,"fragment");Lt("WebGLProgram: Shader Error "+i.getError()+" - VALIDATE_STATUS "+i.getProgramParameter(p,i.VALIDATE_STATUS)+`

Material Name: `+A.name+`
Material Type: `+A.type+`

Program Info Log: `+D+`
`+q+`
`+Q)}else D!==""?Rt("WebGLProgram: Program Info Log:",D):(k===""||G==="")&&(et=!1);et&&(A.diagnostics={runnable:W,programLog:D,vertexShader:{log:k,prefix:y},fragmentShader:{log:G,prefix:g}})}i.deleteShader(v),i.deleteShader(S),_=new lr(i,p),M=ib(i,p)}let _;this.getUniforms=function(){return _===void 0&&E(this),_};let M;this.getAttributes=function(){return M===void 0&&E(this),M};let I=e.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return I===!1&&(I=i.getProgramParameter(p,Yv)),I},this.destroy=function(){n.releaseStatesOfProgram(this),i.deleteProgram(p),this.program=void 0},this.type=e.shaderType,this.name=e.shaderName,this.id=Zv++,this.cacheKey=t,this.usedTimes=1,this.program=p,this.vertexShader=v,this.fragmentShader=S,this}var mb=0,ed=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(t,e,n){let i=this._getShaderCacheForMaterial(t);return i.has(e)===!1&&(i.add(e),e.usedTimes++),i.has(n)===!1&&(i.add(n),n.usedTimes++),this}remove(t){let e=this.materialCache.get(t);for(let n of e)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(t),this}getVertexShaderStage(t){return this._getShaderStage(t.vertexShader)}getFragmentShaderStage(t){return this._getShaderStage(t.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(t){let e=this.materialCache,n=e.get(t);return n===void 0&&(n=new Set,e.set(t,n)),n}_getShaderStage(t){let e=this.shaderCache,n=e.get(t);return n===void 0&&(n=new nd(t),e.set(t,n)),n}},nd=class{constructor(t){this.id=mb++,this.code=t,this.usedTimes=0}};function gb(s){return s===Wi||s===wo||s===Eo}function _b(s,t,e,n,i,r){let o=new qs,a=new ed,l=new Set,c=[],h=new Map,u=n.logarithmicDepthBuffer,d={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function f(_){return l.add(_),_===0?"uv":`uv${_}`}function p(_,M,I,A,P,L){let F=A.fog,D=P.geometry,k=_.isMeshStandardMaterial||_.isMeshLambertMaterial||_.isMeshPhongMaterial?A.environment:null,G=_.isMeshStandardMaterial||_.isMeshLambertMaterial&&!_.envMap||_.isMeshPhongMaterial&&!_.envMap,W=t.get(_.envMap||k,G),et=d[_.type],q=n.precision;_.precision!==null&&(q=n.getMaxPrecision(_.precision),q!==_.precision&&Rt("WebGLProgram.getParameters:",_.precision,"not supported, using",q,"instead."));let Q=D.morphAttributes.position||D.morphAttributes.normal||D.morphAttributes.color,tt=Q!==void 0?Q.length:0,vt=0;D.morphAttributes.position!==void 0&&(vt=1),D.morphAttributes.normal!==void 0&&(vt=2),D.morphAttributes.color!==void 0&&(vt=3);let Dt,J,ut,yt;if(et){let _t=ui[et];Dt=_t.vertexShader,J=_t.fragmentShader}else{Dt=_.vertexShader,J=_.fragmentShader;let _t=a.getVertexShaderStage(_),ae=a.getFragmentShaderStage(_);a.update(_,_t,ae),ut=_t.id,yt=ae.id}let At=s.getRenderTarget(),gt=s.state.buffers.depth.getReversed(),Bt=P.isInstancedMesh===!0,Se=P.isBatchedMesh===!0,Ct=!!_.map,Kt=!!_.matcap,ce=!!W,Yt=ce&&W.isPMREMTexture===!0,ze=!!_.aoMap,Re=!!_.lightMap,_n=!!_.bumpMap&&_.wireframe===!1,ve=!!_.normalMap,ni=!!_.displacementMap,Ne=!!_.emissiveMap,In=!!_.metalnessMap,Ln=!!_.roughnessMap,Dn=_.anisotropy>0,B=_.clearcoat>0,Nn=_.diffuseRoughness>0,me=_.dispersion>0,ge=_.retroreflectivity>0,pt=_.iridescence>0,Ce=_.sheen>0,Pt=_.transmission>0,kt=Dn&&!!_.anisotropyMap,C=B&&!!_.clearcoatMap,w=B&&!!_.clearcoatNormalMap,H=B&&!!_.clearcoatRoughnessMap,nt=Nn&&!!_.diffuseRoughnessMap,j=pt&&!!_.iridescenceMap,ot=pt&&!!_.iridescenceThicknessMap,dt=Ce&&!!_.sheenColorMap,Z=Ce&&!!_.sheenRoughnessMap,$=!!_.specularMap,lt=!!_.specularColorMap,N=!!_.specularIntensityMap,K=Pt&&!!_.transmissionMap,Y=Pt&&!!_.thicknessMap,ct=!!_.gradientMap,rt=!!_.alphaMap,at=_.alphaTest>0,Et=!!_.alphaHash,Vt=!!_.extensions,it=ci;_.toneMapped&&(At===null||At.isXRRenderTarget===!0)&&(it=s.toneMapping);let Tt=Yt?W.isCompressedCubeTexture?W.image[0].mipmaps:W.mipmaps:null,Ht={shaderID:et,shaderType:_.type,shaderName:_.name,vertexShader:Dt,fragmentShader:J,defines:_.defines,customVertexShaderID:ut,customFragmentShaderID:yt,isRawShaderMaterial:_.isRawShaderMaterial===!0,glslVersion:_.glslVersion,precision:q,batching:Se,batchingColor:Se&&P._colorsTexture!==null,instancing:Bt,instancingColor:Bt&&P.instanceColor!==null,instancingMorph:Bt&&P.morphTexture!==null,outputColorSpace:At===null?s.outputColorSpace:At.isXRRenderTarget===!0?At.texture.colorSpace:Xt.workingColorSpace,alphaToCoverage:!!_.alphaToCoverage,map:Ct,matcap:Kt,envMap:ce,envMapMode:ce&&W.mapping,envMapPMREM:Yt,envMapMaxLod:Yt?Tt.length-1:null,envMapSize:Yt?Tt[0].width:null,aoMap:ze,lightMap:Re,bumpMap:_n,normalMap:ve,displacementMap:ni,emissiveMap:Ne,normalMapObjectSpace:ve&&_.normalMapType===wp,normalMapTangentSpace:ve&&_.normalMapType===gc,packedNormalMap:ve&&_.normalMapType===gc&&gb(_.normalMap.format),metalnessMap:In,roughnessMap:Ln,anisotropy:Dn,anisotropyMap:kt,clearcoat:B,clearcoatMap:C,clearcoatNormalMap:w,clearcoatRoughnessMap:H,diffuseRoughness:Nn,diffuseRoughnessMap:nt,dispersion:me,retroreflection:ge,iridescence:pt,iridescenceMap:j,iridescenceThicknessMap:ot,sheen:Ce,sheenColorMap:dt,sheenRoughnessMap:Z,specularMap:$,specularColorMap:lt,specularIntensityMap:N,transmission:Pt,transmissionMap:K,thicknessMap:Y,gradientMap:ct,opaque:_.transparent===!1&&_.blending===rr&&_.alphaToCoverage===!1,alphaMap:rt,alphaTest:at,alphaHash:Et,combine:_.combine,mapUv:Ct&&f(_.map.channel),aoMapUv:ze&&f(_.aoMap.channel),lightMapUv:Re&&f(_.lightMap.channel),bumpMapUv:_n&&f(_.bumpMap.channel),normalMapUv:ve&&f(_.normalMap.channel),displacementMapUv:ni&&f(_.displacementMap.channel),emissiveMapUv:Ne&&f(_.emissiveMap.channel),metalnessMapUv:In&&f(_.metalnessMap.channel),roughnessMapUv:Ln&&f(_.roughnessMap.channel),anisotropyMapUv:kt&&f(_.anisotropyMap.channel),clearcoatMapUv:C&&f(_.clearcoatMap.channel),clearcoatNormalMapUv:w&&f(_.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:H&&f(_.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:nt&&f(_.diffuseRoughnessMap.channel),iridescenceMapUv:j&&f(_.iridescenceMap.channel),iridescenceThicknessMapUv:ot&&f(_.iridescenceThicknessMap.channel),sheenColorMapUv:dt&&f(_.sheenColorMap.channel),sheenRoughnessMapUv:Z&&f(_.sheenRoughnessMap.channel),specularMapUv:$&&f(_.specularMap.channel),specularColorMapUv:lt&&f(_.specularColorMap.channel),specularIntensityMapUv:N&&f(_.specularIntensityMap.channel),transmissionMapUv:K&&f(_.transmissionMap.channel),thicknessMapUv:Y&&f(_.thicknessMap.channel),alphaMapUv:rt&&f(_.alphaMap.channel),vertexTangents:!!D.attributes.tangent&&(ve||Dn),vertexNormals:!!D.attributes.normal,vertexColors:_.vertexColors,vertexAlphas:_.vertexColors===!0&&!!D.attributes.color&&D.attributes.color.itemSize===4,pointsUvs:P.isPoints===!0&&!!D.attributes.uv&&(Ct||rt),fog:!!F,useFog:_.fog===!0,fogExp2:!!F&&F.isFogExp2,flatShading:_.wireframe===!1&&(_.flatShading===!0||D.attributes.normal===void 0&&ve===!1&&(_.isMeshLambertMaterial||_.isMeshPhongMaterial||_.isMeshStandardMaterial||_.isMeshPhysicalMaterial)),sizeAttenuation:_.sizeAttenuation===!0,logarithmicDepthBuffer:u,reversedDepthBuffer:gt,skinning:P.isSkinnedMesh===!0,hasPositionAttribute:D.attributes.position!==void 0,morphTargets:D.morphAttributes.position!==void 0,morphNormals:D.morphAttributes.normal!==void 0,morphColors:D.morphAttributes.color!==void 0,morphTargetsCount:tt,morphTextureStride:vt,numSunLights:M.sun.length,numDirLights:M.directional.length,numPointLights:M.point.length,numSpotLights:M.spot.length,numSpotLightMaps:M.spotLightMap.length,numRectAreaLights:M.rectArea.length,numHemiLights:M.hemi.length,numSunLightShadows:M.sunShadowMap.length,numDirLightShadows:M.directionalShadowMap.length,numPointLightShadows:M.pointShadowMap.length,numSpotLightShadows:M.spotShadowMap.length,numSpotLightShadowsWithMaps:M.numSpotLightShadowsWithMaps,numLightProbes:M.numLightProbes,numLightProbeGrids:L.filter(_t=>_t.texture!==null).length,numClippingPlanes:r.numPlanes,numClipIntersection:r.numIntersection,dithering:_.dithering,shadowMapEnabled:s.shadowMap.enabled&&I.length>0,shadowMapType:s.shadowMap.type,toneMapping:it,decodeVideoTexture:Ct&&_.map.isVideoTexture===!0&&Xt.getTransfer(_.map.colorSpace)===re,decodeVideoTextureEmissive:Ne&&_.emissiveMap.isVideoTexture===!0&&Xt.getTransfer(_.emissiveMap.colorSpace)===re,premultipliedAlpha:_.premultipliedAlpha,doubleSided:_.side===sn,flipSided:_.side===Xe,useDepthPacking:_.depthPacking>=0,depthPacking:_.depthPacking||0,index0AttributeName:_.index0AttributeName,extensionClipCullDistance:Vt&&_.extensions.clipCullDistance===!0&&e.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Vt&&_.extensions.multiDraw===!0||Se)&&e.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:e.has("KHR_parallel_shader_compile"),customProgramCacheKey:_.customProgramCacheKey()};return Ht.vertexUv1s=l.has(1),Ht.vertexUv2s=l.has(2),Ht.vertexUv3s=l.has(3),l.clear(),Ht}function y(_){let M=[];if(_.shaderID?M.push(_.shaderID):(M.push(_.customVertexShaderID),M.push(_.customFragmentShaderID)),_.defines!==void 0)for(let I in _.defines)M.push(I),M.push(_.defines[I]);return _.isRawShaderMaterial===!1&&(g(M,_),m(M,_),M.push(s.outputColorSpace)),M.push(_.customProgramCacheKey),M.join()}function g(_,M){_.push(M.precision),_.push(M.outputColorSpace),_.push(M.envMapMode),_.push(M.envMapPMREM),_.push(M.envMapMaxLod),_.push(M.envMapSize),_.push(M.mapUv),_.push(M.alphaMapUv),_.push(M.lightMapUv),_.push(M.aoMapUv),_.push(M.bumpMapUv),_.push(M.normalMapUv),_.push(M.displacementMapUv),_.push(M.emissiveMapUv),_.push(M.metalnessMapUv),_.push(M.roughnessMapUv),_.push(M.anisotropyMapUv),_.push(M.clearcoatMapUv),_.push(M.clearcoatNormalMapUv),_.push(M.clearcoatRoughnessMapUv),_.push(M.diffuseRoughnessMapUv),_.push(M.iridescenceMapUv),_.push(M.iridescenceThicknessMapUv),_.push(M.sheenColorMapUv),_.push(M.sheenRoughnessMapUv),_.push(M.specularMapUv),_.push(M.specularColorMapUv),_.push(M.specularIntensityMapUv),_.push(M.transmissionMapUv),_.push(M.thicknessMapUv),_.push(M.combine),_.push(M.fogExp2),_.push(M.sizeAttenuation),_.push(M.morphTargetsCount),_.push(M.numSunLights),_.push(M.numDirLights),_.push(M.numPointLights),_.push(M.numSpotLights),_.push(M.numSpotLightMaps),_.push(M.numHemiLights),_.push(M.numRectAreaLights),_.push(M.numSunLightShadows),_.push(M.numDirLightShadows),_.push(M.numPointLightShadows),_.push(M.numSpotLightShadows),_.push(M.numSpotLightShadowsWithMaps),_.push(M.numLightProbes),_.push(M.numLightProbeGrids),_.push(M.shadowMapType),_.push(M.toneMapping),_.push(M.numClippingPlanes),_.push(M.numClipIntersection),_.push(M.depthPacking)}function m(_,M){o.disableAll(),M.instancing&&o.enable(0),M.instancingColor&&o.enable(1),M.instancingMorph&&o.enable(2),M.matcap&&o.enable(3),M.envMap&&o.enable(4),M.normalMapObjectSpace&&o.enable(5),M.normalMapTangentSpace&&o.enable(6),M.clearcoat&&o.enable(7),M.iridescence&&o.enable(8),M.alphaTest&&o.enable(9),M.vertexColors&&o.enable(10),M.vertexAlphas&&o.enable(11),M.vertexUv1s&&o.enable(12),M.vertexUv2s&&o.enable(13),M.vertexUv3s&&o.enable(14),M.vertexTangents&&o.enable(15),M.anisotropy&&o.enable(16),M.alphaHash&&o.enable(17),M.batching&&o.enable(18),M.dispersion&&o.enable(19),M.retroreflection&&o.enable(24),M.diffuseRoughness&&o.enable(25),M.batchingColor&&o.enable(20),M.gradientMap&&o.enable(21),M.packedNormalMap&&o.enable(22),M.vertexNormals&&o.enable(23),_.push(o.mask),o.disableAll(),M.fog&&o.enable(0),M.useFog&&o.enable(1),M.flatShading&&o.enable(2),M.logarithmicDepthBuffer&&o.enable(3),M.reversedDepthBuffer&&o.enable(4),M.skinning&&o.enable(5),M.morphTargets&&o.enable(6),M.morphNormals&&o.enable(7),M.morphColors&&o.enable(8),M.premultipliedAlpha&&o.enable(9),M.shadowMapEnabled&&o.enable(10),M.doubleSided&&o.enable(11),M.flipSided&&o.enable(12),M.useDepthPacking&&o.enable(13),M.dithering&&o.enable(14),M.transmission&&o.enable(15),M.sheen&&o.enable(16),M.opaque&&o.enable(17),M.pointsUvs&&o.enable(18),M.decodeVideoTexture&&o.enable(19),M.decodeVideoTextureEmissive&&o.enable(20),M.alphaToCoverage&&o.enable(21),M.numLightProbeGrids>0&&o.enable(22),M.hasPositionAttribute&&o.enable(23),_.push(o.mask)}function x(_){let M=d[_.type],I;if(M){let A=ui[M];I=xc.clone(A.uniforms)}else I=_.uniforms;return I}function b(_,M){let I=h.get(M);return I!==void 0?++I.usedTimes:(I=new pb(s,M,_,i),c.push(I),h.set(M,I)),I}function v(_){if(--_.usedTimes===0){let M=c.indexOf(_);c[M]=c[c.length-1],c.pop(),h.delete(_.cacheKey),_.destroy()}}function S(_){a.remove(_)}function E(){a.dispose()}return{getParameters:p,getProgramCacheKey:y,getUniforms:x,acquireProgram:b,releaseProgram:v,releaseShaderCache:S,programs:c,dispose:E}}function xb(){let s=new WeakMap;function t(o){return s.has(o)}function e(o){let a=s.get(o);return a===void 0&&(a={},s.set(o,a)),a}function n(o){s.delete(o)}function i(o,a,l){s.get(o)[a]=l}function r(){s=new WeakMap}return{has:t,get:e,remove:n,update:i,dispose:r}}function yb(s,t){return s.groupOrder!==t.groupOrder?s.groupOrder-t.groupOrder:s.renderOrder!==t.renderOrder?s.renderOrder-t.renderOrder:s.material.id!==t.material.id?s.material.id-t.material.id:s.materialVariant!==t.materialVariant?s.materialVariant-t.materialVariant:s.z!==t.z?s.z-t.z:s.id-t.id}function nm(s,t){return s.groupOrder!==t.groupOrder?s.groupOrder-t.groupOrder:s.renderOrder!==t.renderOrder?s.renderOrder-t.renderOrder:s.z!==t.z?t.z-s.z:s.id-t.id}function im(){let s=[],t=0,e=[],n=[],i=[];function r(){t=0,e.length=0,n.length=0,i.length=0}function o(d){let f=0;return d.isInstancedMesh&&(f+=2),d.isSkinnedMesh&&(f+=1),f}function a(d,f,p,y,g,m){let x=s[t];return x===void 0?(x={id:d.id,object:d,geometry:f,material:p,materialVariant:o(d),groupOrder:y,renderOrder:d.renderOrder,z:g,group:m},s[t]=x):(x.id=d.id,x.object=d,x.geometry=f,x.material=p,x.materialVariant=o(d),x.groupOrder=y,x.renderOrder=d.renderOrder,x.z=g,x.group=m),t++,x}function l(d,f,p,y,g,m,x){x.reversedDepth===!0&&(g=-g);let b=a(d,f,p,y,g,m);p.transmission>0?n.push(b):p.transparent===!0?i.push(b):e.push(b)}function c(d,f,p,y,g,m){let x=a(d,f,p,y,g,m);p.transmission>0?n.unshift(x):p.transparent===!0?i.unshift(x):e.unshift(x)}function h(d,f){e.length>1&&e.sort(d||yb),n.length>1&&n.sort(f||nm),i.length>1&&i.sort(f||nm)}function u(){for(let d=t,f=s.length;d<f;d++){let p=s[d];if(p.id===null)break;p.id=null,p.object=null,p.geometry=null,p.material=null,p.group=null}}return{opaque:e,transmissive:n,transparent:i,init:r,push:l,unshift:c,finish:u,sort:h}}function vb(){let s=new WeakMap;function t(n,i){let r=s.get(n),o;return r===void 0?(o=new im,s.set(n,[o])):i>=r.length?(o=new im,r.push(o)):o=r[i],o}function e(){s=new WeakMap}return{get:t,dispose:e}}function bb(){let s={};return{get:function(t){if(s[t.id]!==void 0)return s[t.id];let e;switch(t.type){case"SunLight":case"DirectionalLight":e={direction:new R,color:new Nt};break;case"SpotLight":e={position:new R,direction:new R,color:new Nt,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":e={position:new R,color:new Nt,distance:0,decay:0};break;case"HemisphereLight":e={direction:new R,skyColor:new Nt,groundColor:new Nt};break;case"RectAreaLight":e={color:new Nt,position:new R,halfWidth:new R,halfHeight:new R};break}return s[t.id]=e,e}}}function Sb(){let s={};return{get:function(t){if(s[t.id]!==void 0)return s[t.id];let e;switch(t.type){case"SunLight":case"DirectionalLight":e={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new st};break;case"SpotLight":e={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new st};break;case"PointLight":e={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new st,shadowCameraNear:1,shadowCameraFar:1e3};break}return s[t.id]=e,e}}}var Mb=0;function wb(s,t){return(t.castShadow?2:0)-(s.castShadow?2:0)+(t.map?1:0)-(s.map?1:0)}function Eb(s){let t=new bb,e=Sb(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)n.probe.push(new R);let i=new R,r=new It,o=new It;function a(c){let h=0,u=0,d=0;for(let L=0;L<9;L++)n.probe[L].set(0,0,0);let f=0,p=0,y=0,g=0,m=0,x=0,b=0,v=0,S=0,E=0,_=0,M=0,I=0,A=0;c.sort(wb);for(let L=0,F=c.length;L<F;L++){let D=c[L],k=D.color,G=D.intensity,W=D.distance,et=null;if(D.shadow&&D.shadow.map&&(D.shadow.map.texture.format===Wi?et=D.shadow.map.texture:et=D.shadow.map.depthTexture||D.shadow.map.texture),D.isAmbientLight)h+=k.r*G,u+=k.g*G,d+=k.b*G;else if(D.isLightProbe){for(let q=0;q<9;q++)n.probe[q].addScaledVector(D.sh.coefficients[q],G);A++}else if(D.isSunLight){let q=t.get(D);if(q.color.copy(D.color).multiplyScalar(D.intensity),D.castShadow){let Q=D.shadow,tt=e.get(D);tt.shadowIntensity=Q.intensity,tt.shadowBias=Q.bias,tt.shadowNormalBias=Q.normalBias,tt.shadowRadius=Q.radius,tt.shadowMapSize.copy(Q.mapSize).multiply(Q.getFrameExtents()),n.sunShadow[p]=tt,n.sunShadowMap[p]=et;let vt=Q.getViewportCount();for(let Dt=0;Dt<vt;Dt++)n.sunShadowMatrix[y+Dt]=Q.getMatrix(Dt),n.sunShadowCascade[y+Dt]=Q._cascadeData[Dt];y+=vt,p++}n.sun[f]=q,f++}else if(D.isDirectionalLight){let q=t.get(D);if(q.color.copy(D.color).multiplyScalar(D.intensity),D.castShadow){let Q=D.shadow,tt=e.get(D);tt.shadowIntensity=Q.intensity,tt.shadowBias=Q.bias,tt.shadowNormalBias=Q.normalBias,tt.shadowRadius=Q.radius,tt.shadowMapSize=Q.mapSize,n.directionalShadow[g]=tt,n.directionalShadowMap[g]=et,n.directionalShadowMatrix[g]=D.shadow.matrix,S++}n.directional[g]=q,g++}else if(D.isSpotLight){let q=t.get(D);q.position.setFromMatrixPosition(D.matrixWorld),q.color.copy(k).multiplyScalar(G),q.distance=W,q.coneCos=Math.cos(D.angle),q.penumbraCos=Math.cos(D.angle*(1-D.penumbra)),q.decay=D.decay,n.spot[x]=q;let Q=D.shadow;if(D.map&&(n.spotLightMap[M]=D.map,M++,Q.updateMatrices(D),D.castShadow&&I++),n.spotLightMatrix[x]=Q.matrix,D.castShadow){let tt=e.get(D);tt.shadowIntensity=Q.intensity,tt.shadowBias=Q.bias,tt.shadowNormalBias=Q.normalBias,tt.shadowRadius=Q.radius,tt.shadowMapSize=Q.mapSize,n.spotShadow[x]=tt,n.spotShadowMap[x]=et,_++}x++}else if(D.isRectAreaLight){let q=t.get(D);q.color.copy(k).multiplyScalar(G),q.halfWidth.set(D.width*.5,0,0),q.halfHeight.set(0,D.height*.5,0),n.rectArea[b]=q,b++}else if(D.isPointLight){let q=t.get(D);if(q.color.copy(D.color).multiplyScalar(D.intensity),q.distance=D.distance,q.decay=D.decay,D.castShadow){let Q=D.shadow,tt=e.get(D);tt.shadowIntensity=Q.intensity,tt.shadowBias=Q.bias,tt.shadowNormalBias=Q.normalBias,tt.shadowRadius=Q.radius,tt.shadowMapSize=Q.mapSize,tt.shadowCameraNear=Q.camera.near,tt.shadowCameraFar=Q.camera.far,n.pointShadow[m]=tt,n.pointShadowMap[m]=et,n.pointShadowMatrix[m]=D.shadow.matrix,E++}n.point[m]=q,m++}else if(D.isHemisphereLight){let q=t.get(D);q.skyColor.copy(D.color).multiplyScalar(G),q.groundColor.copy(D.groundColor).multiplyScalar(G),n.hemi[v]=q,v++}}b>0&&(s.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=mt.LTC_FLOAT_1,n.rectAreaLTC2=mt.LTC_FLOAT_2):(n.rectAreaLTC1=mt.LTC_HALF_1,n.rectAreaLTC2=mt.LTC_HALF_2)),n.ambient[0]=h,n.ambient[1]=u,n.ambient[2]=d;let P=n.hash;(P.sunLength!==f||P.directionalLength!==g||P.pointLength!==m||P.spotLength!==x||P.rectAreaLength!==b||P.hemiLength!==v||P.numSunShadows!==p||P.numDirectionalShadows!==S||P.numPointShadows!==E||P.numSpotShadows!==_||P.numSpotMaps!==M||P.numLightProbes!==A)&&(n.sun.length=f,n.directional.length=g,n.spot.length=x,n.rectArea.length=b,n.point.length=m,n.hemi.length=v,n.sunShadow.length=p,n.sunShadowMap.length=p,n.sunShadowMatrix.length=y,n.sunShadowCascade.length=y,n.directionalShadow.length=S,n.directionalShadowMap.length=S,n.directionalShadowMatrix.length=S,n.pointShadow.length=E,n.pointShadowMap.length=E,n.pointShadowMatrix.length=E,n.spotShadow.length=_,n.spotShadowMap.length=_,n.spotLightMatrix.length=_+M-I,n.spotLightMap.length=M,n.numSpotLightShadowsWithMaps=I,n.numLightProbes=A,P.sunLength=f,P.directionalLength=g,P.pointLength=m,P.spotLength=x,P.rectAreaLength=b,P.hemiLength=v,P.numSunShadows=p,P.numDirectionalShadows=S,P.numPointShadows=E,P.numSpotShadows=_,P.numSpotMaps=M,P.numLightProbes=A,n.version=Mb++)}function l(c,h){let u=0,d=0,f=0,p=0,y=0,g=0,m=h.matrixWorldInverse;for(let x=0,b=c.length;x<b;x++){let v=c[x];if(v.isSunLight){let S=n.sun[u];S.direction.setFromMatrixPosition(v.matrixWorld),S.direction.transformDirection(m),u++}else if(v.isDirectionalLight){let S=n.directional[d];S.direction.setFromMatrixPosition(v.matrixWorld),i.setFromMatrixPosition(v.target.matrixWorld),S.direction.sub(i),S.direction.transformDirection(m),d++}else if(v.isSpotLight){let S=n.spot[p];S.position.setFromMatrixPosition(v.matrixWorld),S.position.applyMatrix4(m),S.direction.setFromMatrixPosition(v.matrixWorld),i.setFromMatrixPosition(v.target.matrixWorld),S.direction.sub(i),S.direction.transformDirection(m),p++}else if(v.isRectAreaLight){let S=n.rectArea[y];S.position.setFromMatrixPosition(v.matrixWorld),S.position.applyMatrix4(m),o.identity(),r.copy(v.matrixWorld),r.premultiply(m),o.extractRotation(r),S.halfWidth.set(v.width*.5,0,0),S.halfHeight.set(0,v.height*.5,0),S.halfWidth.applyMatrix4(o),S.halfHeight.applyMatrix4(o),y++}else if(v.isPointLight){let S=n.point[f];S.position.setFromMatrixPosition(v.matrixWorld),S.position.applyMatrix4(m),f++}else if(v.isHemisphereLight){let S=n.hemi[g];S.direction.setFromMatrixPosition(v.matrixWorld),S.direction.transformDirection(m),g++}}}return{setup:a,setupView:l,state:n}}function sm(s){let t=new Eb(s),e=[],n=[],i=[];function r(u){h.camera=u,e.length=0,n.length=0,i.length=0}function o(u){u.isLightProbeGrid?i.push(u):e.push(u)}function a(u){n.push(u)}function l(){t.setup(e),i.sort((u,d)=>u.priority-d.priority||u.id-d.id)}function c(u){t.setupView(e,u)}let h={lightsArray:e,shadowsArray:n,lightProbeGridArray:i,camera:null,lights:t,transmissionRenderTarget:{},textureUnits:0};return{init:r,state:h,setupLights:l,setupLightsView:c,pushLight:o,pushShadow:a}}function Tb(s){let t=new WeakMap;function e(i,r=0){let o=t.get(i),a;return o===void 0?(a=new sm(s),t.set(i,[a])):r>=o.length?(a=new sm(s),o.push(a)):a=o[r],a}function n(){t=new WeakMap}return{get:e,dispose:n}}var Ab=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,Rb=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,Cb=[new R(1,0,0),new R(-1,0,0),new R(0,1,0),new R(0,-1,0),new R(0,0,1),new R(0,0,-1)],Pb=[new R(0,-1,0),new R(0,-1,0),new R(0,0,1),new R(0,0,-1),new R(0,-1,0),new R(0,-1,0)],rm=new It,To=new R,Ju=new R;function Ib(s,t,e){let n=new wi,i=new st,r=new st,o=new xe,a=new gl,l=new _l,c={},h=e.maxTextureSize,u={[Kn]:Xe,[Xe]:Kn,[sn]:sn},d=new We({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new st},radius:{value:4}},vertexShader:Ab,fragmentShader:Rb}),f=d.clone();f.defines.HORIZONTAL_PASS=1;let p=new ye;p.setAttribute("position",new te(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let y=new Ut(p,d),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=go;let m=this.type;this.render=function(E,_,M){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||E.length===0)return;this.type===ep&&(Rt("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=go);let I=s.getRenderTarget(),A=s.getActiveCubeFace(),P=s.getActiveMipmapLevel(),L=s.state;L.setBlending(cs),L.buffers.depth.getReversed()===!0?L.buffers.color.setClear(0,0,0,0):L.buffers.color.setClear(1,1,1,1),L.buffers.depth.setTest(!0),L.setScissorTest(!1);let F=m!==this.type;F&&_.traverse(function(D){D.material&&(Array.isArray(D.material)?D.material.forEach(k=>k.needsUpdate=!0):D.material.needsUpdate=!0)});for(let D=0,k=E.length;D<k;D++){let G=E[D],W=G.shadow;if(W===void 0){Rt("WebGLShadowMap:",G,"has no shadow.");continue}if(W.autoUpdate===!1&&W.needsUpdate===!1)continue;i.copy(W.mapSize);let et=W.getFrameExtents();i.multiply(et),r.copy(W.mapSize),(i.x>h||i.y>h)&&(i.x>h&&(r.x=Math.floor(h/et.x),i.x=r.x*et.x,W.mapSize.x=r.x),i.y>h&&(r.y=Math.floor(h/et.y),i.y=r.y*et.y,W.mapSize.y=r.y));let q=s.state.buffers.depth.getReversed();if(W.camera._reversedDepth=q,W.map===null||F===!0){if(W.map!==null&&(W.map.depthTexture!==null&&(W.map.depthTexture.dispose(),W.map.depthTexture=null),W.map.dispose()),this.type===sr){if(G.isPointLight){Rt("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}W.map=new fn(i.x,i.y,{format:Wi,type:jn,minFilter:un,magFilter:un,generateMipmaps:!1}),W.map.texture.name=G.name+".shadowMap",W.map.depthTexture=new Ei(i.x,i.y,yn),W.map.depthTexture.name=G.name+".shadowMapDepth",W.map.depthTexture.format=bi,W.map.depthTexture.compareFunction=null,W.map.depthTexture.minFilter=ke,W.map.depthTexture.magFilter=ke}else G.isPointLight?(W.map=new Ro(i.x),W.map.depthTexture=new io(i.x,kn)):(W.map=new fn(i.x,i.y),W.map.depthTexture=new Ei(i.x,i.y,kn)),W.map.depthTexture.name=G.name+".shadowMap",W.map.depthTexture.format=bi,this.type===go?(W.map.depthTexture.compareFunction=q?Iu:Pu,W.map.depthTexture.minFilter=un,W.map.depthTexture.magFilter=un):(W.map.depthTexture.compareFunction=null,W.map.depthTexture.minFilter=ke,W.map.depthTexture.magFilter=ke);W.camera.updateProjectionMatrix()}W.map.isWebGLCubeRenderTarget!==!0&&(W.map.width!==i.x||W.map.height!==i.y)&&W.map.setSize(i.x,i.y);let Q=W.map.isWebGLCubeRenderTarget?6:W.getViewportCount();G.isPointLight!==!0&&W.updateMatrices(G,M);let tt=(W.camera.layers.mask&4294967294)!==0?W.camera.layers:M.layers;for(let vt=0;vt<Q;vt++){let Dt=W.getCamera(vt);if(G.isPointLight){let J=W.camera,ut=W.matrix,yt=G.distance||J.far;yt!==J.far&&(J.far=yt,J.updateProjectionMatrix()),To.setFromMatrixPosition(G.matrixWorld),J.position.copy(To),Ju.copy(J.position),Ju.add(Cb[vt]),J.up.copy(Pb[vt]),J.lookAt(Ju),J.updateMatrixWorld(),ut.makeTranslation(-To.x,-To.y,-To.z),rm.multiplyMatrices(J.projectionMatrix,J.matrixWorldInverse),W._frustum.setFromProjectionMatrix(rm,J.coordinateSystem,J.reversedDepth)}if(W.map.isWebGLCubeRenderTarget)s.setRenderTarget(W.map,vt),s.clear();else{vt===0&&(s.setRenderTarget(W.map),s.clear());let J=W.getViewport(vt);o.set(r.x*J.x,r.y*J.y,r.x*J.z,r.y*J.w),L.viewport(o)}n=W.getFrustum(vt),v(_,M,Dt,G,tt,this.type)}W.isPointLightShadow!==!0&&this.type===sr&&x(W,M),W.needsUpdate=!1}m=this.type,g.needsUpdate=!1,s.setRenderTarget(I,A,P)};function x(E,_){let M=t.update(y);d.defines.VSM_SAMPLES!==E.blurSamples&&(d.defines.VSM_SAMPLES=E.blurSamples,f.defines.VSM_SAMPLES=E.blurSamples,d.needsUpdate=!0,f.needsUpdate=!0),E.mapPass===null?E.mapPass=new fn(i.x,i.y,{format:Wi,type:jn}):(E.mapPass.width!==E.map.width||E.mapPass.height!==E.map.height)&&E.mapPass.setSize(E.map.width,E.map.height),d.uniforms.shadow_pass.value=E.map.depthTexture,d.uniforms.resolution.value.set(E.map.width,E.map.height),d.uniforms.radius.value=E.radius,s.setRenderTarget(E.mapPass),s.clear(),s.renderBufferDirect(_,null,M,d,y,null),f.uniforms.shadow_pass.value=E.mapPass.texture,f.uniforms.resolution.value.set(E.map.width,E.map.height),f.uniforms.radius.value=E.radius,s.setRenderTarget(E.map),s.clear(),s.renderBufferDirect(_,null,M,f,y,null)}function b(E,_,M,I){let A=null,P=M.isPointLight===!0?E.customDistanceMaterial:E.customDepthMaterial;if(P!==void 0)A=P;else if(A=M.isPointLight===!0?l:a,s.localClippingEnabled&&_.clipShadows===!0&&Array.isArray(_.clippingPlanes)&&_.clippingPlanes.length!==0||_.displacementMap&&_.displacementScale!==0||_.alphaMap&&_.alphaTest>0||_.map&&_.alphaTest>0||_.alphaToCoverage===!0){let L=A.uuid,F=_.uuid,D=c[L];D===void 0&&(D={},c[L]=D);let k=D[F];k===void 0&&(k=A.clone(),D[F]=k,_.addEventListener("dispose",S)),A=k}if(A.visible=_.visible,A.wireframe=_.wireframe,I===sr?A.side=_.shadowSide!==null?_.shadowSide:_.side:A.side=_.shadowSide!==null?_.shadowSide:u[_.side],A.alphaMap=_.alphaMap,A.alphaTest=_.alphaToCoverage===!0?.5:_.alphaTest,A.map=_.map,A.clipShadows=_.clipShadows,A.clippingPlanes=_.clippingPlanes,A.clipIntersection=_.clipIntersection,A.displacementMap=_.displacementMap,A.displacementScale=_.displacementScale,A.displacementBias=_.displacementBias,A.wireframeLinewidth=_.wireframeLinewidth,A.linewidth=_.linewidth,M.isPointLight===!0&&A.isMeshDistanceMaterial===!0){let L=s.properties.get(A);L.light=M}return A}function v(E,_,M,I,A,P){if(E.visible===!1)return;if(E.layers.test(A)&&(E.isMesh||E.isLine||E.isPoints)&&(E.castShadow||E.receiveShadow&&P===sr)&&(!E.frustumCulled||E.intersectsFrustum(n))){E.modelViewMatrix.multiplyMatrices(M.matrixWorldInverse,E.matrixWorld);let D=t.update(E),k=E.material;if(Array.isArray(k)){let G=D.groups;for(let W=0,et=G.length;W<et;W++){let q=G[W],Q=k[q.materialIndex];if(Q&&Q.visible){let tt=b(E,Q,I,P);E.onBeforeShadow(s,E,_,M,D,tt,q),s.renderBufferDirect(M,null,D,tt,E,q),E.onAfterShadow(s,E,_,M,D,tt,q)}}}else if(k.visible){let G=b(E,k,I,P);E.onBeforeShadow(s,E,_,M,D,G,null),s.renderBufferDirect(M,null,D,G,E,null),E.onAfterShadow(s,E,_,M,D,G,null)}}let F=E.children;for(let D=0,k=F.length;D<k;D++)v(F[D],_,M,I,A,P)}function S(E){E.target.removeEventListener("dispose",S);for(let M in c){let I=c[M],A=E.target.uuid;A in I&&(I[A].dispose(),delete I[A])}}}function Lb(s,t){function e(){let N=!1,K=new xe,Y=null,ct=new xe(0,0,0,0);return{setMask:function(rt){Y!==rt&&!N&&(s.colorMask(rt,rt,rt,rt),Y=rt)},setLocked:function(rt){N=rt},setClear:function(rt,at,Et,Vt,it){it===!0&&(rt*=Vt,at*=Vt,Et*=Vt),K.set(rt,at,Et,Vt),ct.equals(K)===!1&&(s.clearColor(rt,at,Et,Vt),ct.copy(K))},reset:function(){N=!1,Y=null,ct.set(-1,0,0,0)}}}function n(){let N=!1,K=!1,Y=null,ct=null,rt=null;return{setReversed:function(at){if(K!==at){let Et=t.get("EXT_clip_control");at?Et.clipControlEXT(Et.LOWER_LEFT_EXT,Et.ZERO_TO_ONE_EXT):Et.clipControlEXT(Et.LOWER_LEFT_EXT,Et.NEGATIVE_ONE_TO_ONE_EXT),K=at;let Vt=rt;rt=null,this.setClear(Vt)}},getReversed:function(){return K},setTest:function(at){at?gt(s.DEPTH_TEST):Bt(s.DEPTH_TEST)},setMask:function(at){Y!==at&&!N&&(s.depthMask(at),Y=at)},setFunc:function(at){if(K&&(at=Np[at]),ct!==at){switch(at){case Xa:s.depthFunc(s.NEVER);break;case qa:s.depthFunc(s.ALWAYS);break;case Ya:s.depthFunc(s.LESS);break;case Hs:s.depthFunc(s.LEQUAL);break;case Za:s.depthFunc(s.EQUAL);break;case $a:s.depthFunc(s.GEQUAL);break;case Ja:s.depthFunc(s.GREATER);break;case Ka:s.depthFunc(s.NOTEQUAL);break;default:s.depthFunc(s.LEQUAL)}ct=at}},setLocked:function(at){N=at},setClear:function(at){rt!==at&&(rt=at,K&&(at=1-at),s.clearDepth(at))},reset:function(){N=!1,Y=null,ct=null,rt=null,K=!1}}}function i(){let N=!1,K=null,Y=null,ct=null,rt=null,at=null,Et=null,Vt=null,it=null;return{setTest:function(Tt){N||(Tt?gt(s.STENCIL_TEST):Bt(s.STENCIL_TEST))},setMask:function(Tt){K!==Tt&&!N&&(s.stencilMask(Tt),K=Tt)},setFunc:function(Tt,Ht,_t){(Y!==Tt||ct!==Ht||rt!==_t)&&(s.stencilFunc(Tt,Ht,_t),Y=Tt,ct=Ht,rt=_t)},setOp:function(Tt,Ht,_t){(at!==Tt||Et!==Ht||Vt!==_t)&&(s.stencilOp(Tt,Ht,_t),at=Tt,Et=Ht,Vt=_t)},setLocked:function(Tt){N=Tt},setClear:function(Tt){it!==Tt&&(s.clearStencil(Tt),it=Tt)},reset:function(){N=!1,K=null,Y=null,ct=null,rt=null,at=null,Et=null,Vt=null,it=null}}}let r=new e,o=new n,a=new i,l={},c=new WeakMap,h={},u={},d={},f=new WeakMap,p=[],y=null,g=!1,m=null,x=null,b=null,v=null,S=null,E=null,_=null,M=new Nt(0,0,0),I=0,A=!1,P=null,L=null,F=null,D=null,k=null,G=s.getParameter(s.MAX_COMBINED_TEXTURE_IMAGE_UNITS),W=!1,et=0,q=s.getParameter(s.VERSION);q.indexOf("WebGL")!==-1?(et=parseFloat(/^WebGL (\d)/.exec(q)[1]),W=et>=1):q.indexOf("OpenGL ES")!==-1&&(et=parseFloat(/^OpenGL ES (\d)/.exec(q)[1]),W=et>=2);let Q=null,tt={},vt=s.getParameter(s.SCISSOR_BOX),Dt=s.getParameter(s.VIEWPORT),J=new xe().fromArray(vt),ut=new xe().fromArray(Dt);function yt(N,K,Y,ct){let rt=new Uint8Array(4),at=s.createTexture();s.bindTexture(N,at),s.texParameteri(N,s.TEXTURE_MIN_FILTER,s.NEAREST),s.texParameteri(N,s.TEXTURE_MAG_FILTER,s.NEAREST);for(let Et=0;Et<Y;Et++)N===s.TEXTURE_3D||N===s.TEXTURE_2D_ARRAY?s.texImage3D(K,0,s.RGBA,1,1,ct,0,s.RGBA,s.UNSIGNED_BYTE,rt):s.texImage2D(K+Et,0,s.RGBA,1,1,0,s.RGBA,s.UNSIGNED_BYTE,rt);return at}let At={};At[s.TEXTURE_2D]=yt(s.TEXTURE_2D,s.TEXTURE_2D,1),At[s.TEXTURE_CUBE_MAP]=yt(s.TEXTURE_CUBE_MAP,s.TEXTURE_CUBE_MAP_POSITIVE_X,6),At[s.TEXTURE_2D_ARRAY]=yt(s.TEXTURE_2D_ARRAY,s.TEXTURE_2D_ARRAY,1,1),At[s.TEXTURE_3D]=yt(s.TEXTURE_3D,s.TEXTURE_3D,1,1),r.setClear(0,0,0,1),o.setClear(1),a.setClear(0),gt(s.DEPTH_TEST),o.setFunc(Hs),_n(!1),ve(hu),gt(s.CULL_FACE),ze(cs);function gt(N){h[N]!==!0&&(s.enable(N),h[N]=!0)}function Bt(N){h[N]!==!1&&(s.disable(N),h[N]=!1)}function Se(N,K){return d[N]!==K?(s.bindFramebuffer(N,K),d[N]=K,N===s.DRAW_FRAMEBUFFER&&(d[s.FRAMEBUFFER]=K),N===s.FRAMEBUFFER&&(d[s.DRAW_FRAMEBUFFER]=K),!0):!1}function Ct(N,K){let Y=p,ct=!1;if(N){Y=f.get(K),Y===void 0&&(Y=[],f.set(K,Y));let rt=N.textures;if(Y.length!==rt.length||Y[0]!==s.COLOR_ATTACHMENT0){for(let at=0,Et=rt.length;at<Et;at++)Y[at]=s.COLOR_ATTACHMENT0+at;Y.length=rt.length,ct=!0}}else Y[0]!==s.BACK&&(Y[0]=s.BACK,ct=!0);ct&&s.drawBuffers(Y)}function Kt(N){return y!==N?(s.useProgram(N),y=N,!0):!1}let ce={[hs]:s.FUNC_ADD,[ip]:s.FUNC_SUBTRACT,[sp]:s.FUNC_REVERSE_SUBTRACT};ce[rp]=s.MIN,ce[op]=s.MAX;let Yt={[ap]:s.ZERO,[lp]:s.ONE,[cp]:s.SRC_COLOR,[pu]:s.SRC_ALPHA,[mp]:s.SRC_ALPHA_SATURATE,[fp]:s.DST_COLOR,[up]:s.DST_ALPHA,[hp]:s.ONE_MINUS_SRC_COLOR,[mu]:s.ONE_MINUS_SRC_ALPHA,[pp]:s.ONE_MINUS_DST_COLOR,[dp]:s.ONE_MINUS_DST_ALPHA,[gp]:s.CONSTANT_COLOR,[_p]:s.ONE_MINUS_CONSTANT_COLOR,[xp]:s.CONSTANT_ALPHA,[yp]:s.ONE_MINUS_CONSTANT_ALPHA};function ze(N,K,Y,ct,rt,at,Et,Vt,it,Tt){if(N===cs){g===!0&&(Bt(s.BLEND),g=!1);return}if(g===!1&&(gt(s.BLEND),g=!0),N!==np){if(N!==m||Tt!==A){if((x!==hs||S!==hs)&&(s.blendEquation(s.FUNC_ADD),x=hs,S=hs),Tt)switch(N){case rr:s.blendFuncSeparate(s.ONE,s.ONE_MINUS_SRC_ALPHA,s.ONE,s.ONE_MINUS_SRC_ALPHA);break;case uu:s.blendFunc(s.ONE,s.ONE);break;case du:s.blendFuncSeparate(s.ZERO,s.ONE_MINUS_SRC_COLOR,s.ZERO,s.ONE);break;case fu:s.blendFuncSeparate(s.DST_COLOR,s.ONE_MINUS_SRC_ALPHA,s.ZERO,s.ONE);break;default:Lt("WebGLState: Invalid blending: ",N);break}else switch(N){case rr:s.blendFuncSeparate(s.SRC_ALPHA,s.ONE_MINUS_SRC_ALPHA,s.ONE,s.ONE_MINUS_SRC_ALPHA);break;case uu:s.blendFuncSeparate(s.SRC_ALPHA,s.ONE,s.ONE,s.ONE);break;case du:Lt("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case fu:Lt("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Lt("WebGLState: Invalid blending: ",N);break}b=null,v=null,E=null,_=null,M.set(0,0,0),I=0,m=N,A=Tt}return}rt=rt||K,at=at||Y,Et=Et||ct,(K!==x||rt!==S)&&(s.blendEquationSeparate(ce[K],ce[rt]),x=K,S=rt),(Y!==b||ct!==v||at!==E||Et!==_)&&(s.blendFuncSeparate(Yt[Y],Yt[ct],Yt[at],Yt[Et]),b=Y,v=ct,E=at,_=Et),(Vt.equals(M)===!1||it!==I)&&(s.blendColor(Vt.r,Vt.g,Vt.b,it),M.copy(Vt),I=it),m=N,A=!1}function Re(N,K){N.side===sn?Bt(s.CULL_FACE):gt(s.CULL_FACE);let Y=N.side===Xe;K&&(Y=!Y),_n(Y),N.blending===rr&&N.transparent===!1?ze(cs):ze(N.blending,N.blendEquation,N.blendSrc,N.blendDst,N.blendEquationAlpha,N.blendSrcAlpha,N.blendDstAlpha,N.blendColor,N.blendAlpha,N.premultipliedAlpha),o.setFunc(N.depthFunc),o.setTest(N.depthTest),o.setMask(N.depthWrite),r.setMask(N.colorWrite);let ct=N.stencilWrite;a.setTest(ct),ct&&(a.setMask(N.stencilWriteMask),a.setFunc(N.stencilFunc,N.stencilRef,N.stencilFuncMask),a.setOp(N.stencilFail,N.stencilZFail,N.stencilZPass)),Ne(N.polygonOffset,N.polygonOffsetFactor,N.polygonOffsetUnits),N.alphaToCoverage===!0?gt(s.SAMPLE_ALPHA_TO_COVERAGE):Bt(s.SAMPLE_ALPHA_TO_COVERAGE)}function _n(N){P!==N&&(N?s.frontFace(s.CW):s.frontFace(s.CCW),P=N)}function ve(N){N!==Qf?(gt(s.CULL_FACE),N!==L&&(N===hu?s.cullFace(s.BACK):N===tp?s.cullFace(s.FRONT):s.cullFace(s.FRONT_AND_BACK))):Bt(s.CULL_FACE),L=N}function ni(N){N!==F&&(W&&s.lineWidth(N),F=N)}function Ne(N,K,Y){N?(gt(s.POLYGON_OFFSET_FILL),(D!==K||k!==Y)&&(D=K,k=Y,o.getReversed()&&(K=-K,Y=-Y),s.polygonOffset(K,Y))):Bt(s.POLYGON_OFFSET_FILL)}function In(N){N?gt(s.SCISSOR_TEST):Bt(s.SCISSOR_TEST)}function Ln(N){N===void 0&&(N=s.TEXTURE0+G-1),Q!==N&&(s.activeTexture(N),Q=N)}function Dn(N,K,Y){Y===void 0&&(Q===null?Y=s.TEXTURE0+G-1:Y=Q);let ct=tt[Y];ct===void 0&&(ct={type:void 0,texture:void 0},tt[Y]=ct),(ct.type!==N||ct.texture!==K)&&(Q!==Y&&(s.activeTexture(Y),Q=Y),s.bindTexture(N,K||At[N]),ct.type=N,ct.texture=K)}function B(){let N=tt[Q];N!==void 0&&N.type!==void 0&&(s.bindTexture(N.type,null),N.type=void 0,N.texture=void 0)}function Nn(){try{s.compressedTexImage2D(...arguments)}catch(N){Lt("WebGLState:",N)}}function me(){try{s.compressedTexImage3D(...arguments)}catch(N){Lt("WebGLState:",N)}}function ge(){try{s.texSubImage2D(...arguments)}catch(N){Lt("WebGLState:",N)}}function pt(){try{s.texSubImage3D(...arguments)}catch(N){Lt("WebGLState:",N)}}function Ce(){try{s.compressedTexSubImage2D(...arguments)}catch(N){Lt("WebGLState:",N)}}function Pt(){try{s.compressedTexSubImage3D(...arguments)}catch(N){Lt("WebGLState:",N)}}function kt(){try{s.texStorage2D(...arguments)}catch(N){Lt("WebGLState:",N)}}function C(){try{s.texStorage3D(...arguments)}catch(N){Lt("WebGLState:",N)}}function w(){try{s.texImage2D(...arguments)}catch(N){Lt("WebGLState:",N)}}function H(){try{s.texImage3D(...arguments)}catch(N){Lt("WebGLState:",N)}}function nt(N){return u[N]!==void 0?u[N]:s.getParameter(N)}function j(N,K){u[N]!==K&&(s.pixelStorei(N,K),u[N]=K)}function ot(N){J.equals(N)===!1&&(s.scissor(N.x,N.y,N.z,N.w),J.copy(N))}function dt(N){ut.equals(N)===!1&&(s.viewport(N.x,N.y,N.z,N.w),ut.copy(N))}function Z(N,K){let Y=c.get(K);Y===void 0&&(Y=new WeakMap,c.set(K,Y));let ct=Y.get(N);ct===void 0&&(ct=s.getUniformBlockIndex(K,N.name),s.uniformBlockBinding(K,ct,ct),Y.set(N,ct))}function $(N,K,Y){let rt=c.get(K).get(N);l[rt]!==Y&&(s.bindBufferBase(s.UNIFORM_BUFFER,rt,Y),l[rt]=Y)}function lt(){s.disable(s.BLEND),s.disable(s.CULL_FACE),s.disable(s.DEPTH_TEST),s.disable(s.POLYGON_OFFSET_FILL),s.disable(s.SCISSOR_TEST),s.disable(s.STENCIL_TEST),s.disable(s.SAMPLE_ALPHA_TO_COVERAGE),s.blendEquation(s.FUNC_ADD),s.blendFunc(s.ONE,s.ZERO),s.blendFuncSeparate(s.ONE,s.ZERO,s.ONE,s.ZERO),s.blendColor(0,0,0,0),s.colorMask(!0,!0,!0,!0),s.clearColor(0,0,0,0),s.depthMask(!0),s.depthFunc(s.LESS),o.setReversed(!1),s.clearDepth(1),s.stencilMask(4294967295),s.stencilFunc(s.ALWAYS,0,4294967295),s.stencilOp(s.KEEP,s.KEEP,s.KEEP),s.clearStencil(0),s.cullFace(s.BACK),s.frontFace(s.CCW),s.polygonOffset(0,0),s.activeTexture(s.TEXTURE0),s.bindFramebuffer(s.FRAMEBUFFER,null),s.bindFramebuffer(s.DRAW_FRAMEBUFFER,null),s.bindFramebuffer(s.READ_FRAMEBUFFER,null),s.useProgram(null),s.lineWidth(1),s.scissor(0,0,s.canvas.width,s.canvas.height),s.viewport(0,0,s.canvas.width,s.canvas.height),s.pixelStorei(s.PACK_ALIGNMENT,4),s.pixelStorei(s.UNPACK_ALIGNMENT,4),s.pixelStorei(s.UNPACK_FLIP_Y_WEBGL,!1),s.pixelStorei(s.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),s.pixelStorei(s.UNPACK_COLORSPACE_CONVERSION_WEBGL,s.BROWSER_DEFAULT_WEBGL),s.pixelStorei(s.PACK_ROW_LENGTH,0),s.pixelStorei(s.PACK_SKIP_PIXELS,0),s.pixelStorei(s.PACK_SKIP_ROWS,0),s.pixelStorei(s.UNPACK_ROW_LENGTH,0),s.pixelStorei(s.UNPACK_IMAGE_HEIGHT,0),s.pixelStorei(s.UNPACK_SKIP_PIXELS,0),s.pixelStorei(s.UNPACK_SKIP_ROWS,0),s.pixelStorei(s.UNPACK_SKIP_IMAGES,0),h={},u={},Q=null,tt={},d={},l={},f=new WeakMap,p=[],y=null,g=!1,m=null,x=null,b=null,v=null,S=null,E=null,_=null,M=new Nt(0,0,0),I=0,A=!1,P=null,L=null,F=null,D=null,k=null,J.set(0,0,s.canvas.width,s.canvas.height),ut.set(0,0,s.canvas.width,s.canvas.height),r.reset(),o.reset(),a.reset()}return{buffers:{color:r,depth:o,stencil:a},enable:gt,disable:Bt,bindFramebuffer:Se,drawBuffers:Ct,useProgram:Kt,setBlending:ze,setMaterial:Re,setFlipSided:_n,setCullFace:ve,setLineWidth:ni,setPolygonOffset:Ne,setScissorTest:In,activeTexture:Ln,bindTexture:Dn,unbindTexture:B,compressedTexImage2D:Nn,compressedTexImage3D:me,texImage2D:w,texImage3D:H,pixelStorei:j,getParameter:nt,updateUBOMapping:Z,uniformBlockBinding:$,texStorage2D:kt,texStorage3D:C,texSubImage2D:ge,texSubImage3D:pt,compressedTexSubImage2D:Ce,compressedTexSubImage3D:Pt,scissor:ot,viewport:dt,reset:lt}}function Db(s,t,e,n,i,r,o){let a=t.has("WEBGL_multisampled_render_to_texture")?t.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new st,h=new WeakMap,u=new Set,d,f=new WeakMap,p=new Set,y=new FinalizationRegistry(C=>p.delete(C)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function m(C,w){return g?new OffscreenCanvas(C,w):Zr("canvas")}function x(C,w,H){let nt=1,j=kt(C);if((j.width>H||j.height>H)&&(nt=H/Math.max(j.width,j.height)),nt<1)if(typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&C instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&C instanceof ImageBitmap||typeof VideoFrame<"u"&&C instanceof VideoFrame){let ot=Math.floor(nt*j.width),dt=Math.floor(nt*j.height);d===void 0&&(d=m(ot,dt));let Z=w?m(ot,dt):d;return Z.width=ot,Z.height=dt,Z.getContext("2d").drawImage(C,0,0,ot,dt),Rt("WebGLRenderer: Texture has been resized from ("+j.width+"x"+j.height+") to ("+ot+"x"+dt+")."),Z}else return"data"in C&&Rt("WebGLRenderer: Image in DataTexture is too big ("+j.width+"x"+j.height+")."),C;return C}function b(C){return C.generateMipmaps}function v(C){s.generateMipmap(C)}function S(C){return C.isWebGLCubeRenderTarget?s.TEXTURE_CUBE_MAP:C.isWebGL3DRenderTarget?s.TEXTURE_3D:C.isWebGLArrayRenderTarget||C.isCompressedArrayTexture?s.TEXTURE_2D_ARRAY:s.TEXTURE_2D}function E(C,w,H,nt,j,ot=!1){if(C!==null){if(s[C]!==void 0)return s[C];Rt("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+C+"'")}let dt;nt&&(dt=t.get("EXT_texture_norm16"),dt||Rt("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let Z=w;if(w===s.RED&&(H===s.FLOAT&&(Z=s.R32F),H===s.HALF_FLOAT&&(Z=s.R16F),H===s.UNSIGNED_BYTE&&(Z=s.R8),H===s.UNSIGNED_SHORT&&dt&&(Z=dt.R16_EXT),H===s.SHORT&&dt&&(Z=dt.R16_SNORM_EXT)),w===s.RED_INTEGER&&(H===s.UNSIGNED_BYTE&&(Z=s.R8UI),H===s.UNSIGNED_SHORT&&(Z=s.R16UI),H===s.UNSIGNED_INT&&(Z=s.R32UI),H===s.BYTE&&(Z=s.R8I),H===s.SHORT&&(Z=s.R16I),H===s.INT&&(Z=s.R32I)),w===s.RG&&(H===s.FLOAT&&(Z=s.RG32F),H===s.HALF_FLOAT&&(Z=s.RG16F),H===s.UNSIGNED_BYTE&&(Z=s.RG8),H===s.UNSIGNED_SHORT&&dt&&(Z=dt.RG16_EXT),H===s.SHORT&&dt&&(Z=dt.RG16_SNORM_EXT)),w===s.RG_INTEGER&&(H===s.UNSIGNED_BYTE&&(Z=s.RG8UI),H===s.UNSIGNED_SHORT&&(Z=s.RG16UI),H===s.UNSIGNED_INT&&(Z=s.RG32UI),H===s.BYTE&&(Z=s.RG8I),H===s.SHORT&&(Z=s.RG16I),H===s.INT&&(Z=s.RG32I)),w===s.RGB_INTEGER&&(H===s.UNSIGNED_BYTE&&(Z=s.RGB8UI),H===s.UNSIGNED_SHORT&&(Z=s.RGB16UI),H===s.UNSIGNED_INT&&(Z=s.RGB32UI),H===s.BYTE&&(Z=s.RGB8I),H===s.SHORT&&(Z=s.RGB16I),H===s.INT&&(Z=s.RGB32I)),w===s.RGBA_INTEGER&&(H===s.UNSIGNED_BYTE&&(Z=s.RGBA8UI),H===s.UNSIGNED_SHORT&&(Z=s.RGBA16UI),H===s.UNSIGNED_INT&&(Z=s.RGBA32UI),H===s.BYTE&&(Z=s.RGBA8I),H===s.SHORT&&(Z=s.RGBA16I),H===s.INT&&(Z=s.RGBA32I)),w===s.RGB&&(H===s.UNSIGNED_SHORT&&dt&&(Z=dt.RGB16_EXT),H===s.SHORT&&dt&&(Z=dt.RGB16_SNORM_EXT),H===s.UNSIGNED_INT_5_9_9_9_REV&&(Z=s.RGB9_E5),H===s.UNSIGNED_INT_10F_11F_11F_REV&&(Z=s.R11F_G11F_B10F)),w===s.RGBA){let $=ot?Yr:Xt.getTransfer(j);H===s.FLOAT&&(Z=s.RGBA32F),H===s.HALF_FLOAT&&(Z=s.RGBA16F),H===s.UNSIGNED_BYTE&&(Z=$===re?s.SRGB8_ALPHA8:s.RGBA8),H===s.UNSIGNED_SHORT&&dt&&(Z=dt.RGBA16_EXT),H===s.SHORT&&dt&&(Z=dt.RGBA16_SNORM_EXT),H===s.UNSIGNED_SHORT_4_4_4_4&&(Z=s.RGBA4),H===s.UNSIGNED_SHORT_5_5_5_1&&(Z=s.RGB5_A1)}return(Z===s.R16F||Z===s.R32F||Z===s.RG16F||Z===s.RG32F||Z===s.RGBA16F||Z===s.RGBA32F)&&t.get("EXT_color_buffer_float"),Z}function _(C,w){let H;return C?w===null||w===kn||w===ds?H=s.DEPTH24_STENCIL8:w===yn?H=s.DEPTH32F_STENCIL8:w===ar&&(H=s.DEPTH24_STENCIL8,Rt("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):w===null||w===kn||w===ds?H=s.DEPTH_COMPONENT24:w===yn?H=s.DEPTH_COMPONENT32F:w===ar&&(H=s.DEPTH_COMPONENT16),H}function M(C,w){return b(C)===!0||C.isFramebufferTexture&&C.minFilter!==ke&&C.minFilter!==un?Math.log2(Math.max(w.width,w.height))+1:C.mipmaps.length>0?C.mipmaps.length:C.isCompressedTexture&&Array.isArray(C.image)?w.mipmaps.length:1}function I(C){let w=new WeakRef(C);n.get(C).__ref=w,p.add(w),y.register(C,w,w)}function A(C){let w=n.get(C).__ref;w!==void 0&&(p.delete(w),y.unregister(w))}function P(C){F(C.target)}function L(C){D(C.target)}function F(C){C.removeEventListener("dispose",P),A(C),G(C),C.isVideoTexture&&h.delete(C),C.isHTMLTexture&&u.delete(C)}function D(C){C.removeEventListener("dispose",L),A(C),et(C)}function k(){for(let C of p){let w=C.deref();w!==void 0&&(w.isRenderTarget===!0?D(w):F(w))}p.clear(),u.clear()}function G(C){let w=n.get(C);if(w.__webglInit===void 0)return;let H=C.source,nt=f.get(H);if(nt){let j=nt[w.__cacheKey];j.usedTimes--,j.usedTimes===0&&W(C),Object.keys(nt).length===0&&f.delete(H)}n.remove(C)}function W(C){let w=n.get(C);s.deleteTexture(w.__webglTexture);let H=C.source,nt=f.get(H);delete nt[w.__cacheKey],o.memory.textures--}function et(C){let w=n.get(C);w.__depthDisposeCallback&&w.__depthDisposeCallback();let H=C.depthTexture;if(H&&H.renderTarget===C&&F(H),C.isWebGLCubeRenderTarget)for(let j=0;j<6;j++){if(Array.isArray(w.__webglFramebuffer[j]))for(let ot=0;ot<w.__webglFramebuffer[j].length;ot++)s.deleteFramebuffer(w.__webglFramebuffer[j][ot]);else s.deleteFramebuffer(w.__webglFramebuffer[j]);w.__webglDepthbuffer&&s.deleteRenderbuffer(w.__webglDepthbuffer[j])}else{if(Array.isArray(w.__webglFramebuffer))for(let j=0;j<w.__webglFramebuffer.length;j++)s.deleteFramebuffer(w.__webglFramebuffer[j]);else s.deleteFramebuffer(w.__webglFramebuffer);if(w.__webglDepthbuffer&&s.deleteRenderbuffer(w.__webglDepthbuffer),w.__webglMultisampledFramebuffer&&s.deleteFramebuffer(w.__webglMultisampledFramebuffer),w.__webglColorRenderbuffer)for(let j=0;j<w.__webglColorRenderbuffer.length;j++)w.__webglColorRenderbuffer[j]&&s.deleteRenderbuffer(w.__webglColorRenderbuffer[j]);w.__webglDepthRenderbuffer&&s.deleteRenderbuffer(w.__webglDepthRenderbuffer)}let nt=C.textures;for(let j=0,ot=nt.length;j<ot;j++){let dt=n.get(nt[j]);dt.__webglTexture&&(s.deleteTexture(dt.__webglTexture),o.memory.textures--),n.remove(nt[j])}n.remove(C)}let q=0;function Q(){q=0}function tt(){return q}function vt(C){q=C}function Dt(){let C=q;return C>=i.maxTextures&&Rt("WebGLTextures: Trying to use "+(C+1)+" texture units while this GPU supports only "+i.maxTextures),q+=1,C}function J(C){let w=[];return w.push(C.wrapS),w.push(C.wrapT),w.push(C.wrapR||0),w.push(C.magFilter),w.push(C.minFilter),w.push(C.anisotropy),w.push(C.internalFormat),w.push(C.format),w.push(C.type),w.push(C.generateMipmaps),w.push(C.mipmapsAutoUpdate),w.push(C.premultiplyAlpha),w.push(C.flipY),w.push(C.unpackAlignment),w.push(C.colorSpace),w.join()}function ut(C,w){let H=n.get(C);if(C.isVideoTexture&&Ce(C),C.isRenderTargetTexture===!1&&C.isExternalTexture!==!0&&C.version>0&&H.__version!==C.version){let nt=C.image;if(nt===null)Rt("WebGLRenderer: Texture marked for update but no image data found.");else if(nt.complete===!1)Rt("WebGLRenderer: Texture marked for update but image is incomplete");else{Re(H,C,w);return}}else C.isExternalTexture&&(H.__webglTexture=C.sourceTexture?C.sourceTexture:null);e.bindTexture(s.TEXTURE_2D,H.__webglTexture,s.TEXTURE0+w)}function yt(C,w){let H=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&H.__version!==C.version){Re(H,C,w);return}else C.isExternalTexture&&(H.__webglTexture=C.sourceTexture?C.sourceTexture:null);e.bindTexture(s.TEXTURE_2D_ARRAY,H.__webglTexture,s.TEXTURE0+w)}function At(C,w){let H=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&H.__version!==C.version){Re(H,C,w);return}e.bindTexture(s.TEXTURE_3D,H.__webglTexture,s.TEXTURE0+w)}function gt(C,w){let H=n.get(C);if(C.version>0&&H.__version!==C.version){_n(H,C,w);return}e.bindTexture(s.TEXTURE_CUBE_MAP,H.__webglTexture,s.TEXTURE0+w)}let Bt={[ja]:s.REPEAT,[ai]:s.CLAMP_TO_EDGE,[Qa]:s.MIRRORED_REPEAT},Se={[ke]:s.NEAREST,[Sp]:s.NEAREST_MIPMAP_NEAREST,[xo]:s.NEAREST_MIPMAP_LINEAR,[un]:s.LINEAR,[Dl]:s.LINEAR_MIPMAP_NEAREST,[Ti]:s.LINEAR_MIPMAP_LINEAR},Ct={[Tp]:s.NEVER,[Lu]:s.ALWAYS,[Ap]:s.LESS,[Pu]:s.LEQUAL,[Rp]:s.EQUAL,[Iu]:s.GEQUAL,[Cp]:s.GREATER,[Pp]:s.NOTEQUAL};function Kt(C,w){if(w.type===yn&&t.has("OES_texture_float_linear")===!1&&(w.magFilter===un||w.magFilter===Dl||w.magFilter===xo||w.magFilter===Ti||w.minFilter===un||w.minFilter===Dl||w.minFilter===xo||w.minFilter===Ti)&&Rt("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),s.texParameteri(C,s.TEXTURE_WRAP_S,Bt[w.wrapS]),s.texParameteri(C,s.TEXTURE_WRAP_T,Bt[w.wrapT]),(C===s.TEXTURE_3D||C===s.TEXTURE_2D_ARRAY)&&s.texParameteri(C,s.TEXTURE_WRAP_R,Bt[w.wrapR]),s.texParameteri(C,s.TEXTURE_MAG_FILTER,Se[w.magFilter]),s.texParameteri(C,s.TEXTURE_MIN_FILTER,Se[w.minFilter]),w.compareFunction&&(s.texParameteri(C,s.TEXTURE_COMPARE_MODE,s.COMPARE_REF_TO_TEXTURE),s.texParameteri(C,s.TEXTURE_COMPARE_FUNC,Ct[w.compareFunction])),t.has("EXT_texture_filter_anisotropic")===!0){if(w.magFilter===ke||w.minFilter!==xo&&w.minFilter!==Ti||w.type===yn&&t.has("OES_texture_float_linear")===!1)return;if(w.anisotropy>1||n.get(w).__currentAnisotropy){let H=t.get("EXT_texture_filter_anisotropic");s.texParameterf(C,H.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(w.anisotropy,i.getMaxAnisotropy())),n.get(w).__currentAnisotropy=w.anisotropy}}}function ce(C,w){let H=!1;C.__webglInit===void 0&&(C.__webglInit=!0,w.addEventListener("dispose",P),I(w));let nt=w.source,j=f.get(nt);j===void 0&&(j={},f.set(nt,j));let ot=J(w);if(ot!==C.__cacheKey){j[ot]===void 0&&(j[ot]={texture:s.createTexture(),usedTimes:0},o.memory.textures++,H=!0),j[ot].usedTimes++;let dt=j[C.__cacheKey];dt!==void 0&&(j[C.__cacheKey].usedTimes--,dt.usedTimes===0&&W(w)),C.__cacheKey=ot,C.__webglTexture=j[ot].texture}return H}function Yt(C,w,H){return Math.floor(Math.floor(C/H)/w)}function ze(C,w,H,nt){let ot=C.updateRanges;if(ot.length===0)e.texSubImage2D(s.TEXTURE_2D,0,0,0,w.width,w.height,H,nt,w.data);else{ot.sort((N,K)=>N.start-K.start);let dt=0;for(let N=1;N<ot.length;N++){let K=ot[dt],Y=ot[N],ct=K.start+K.count,rt=Yt(Y.start,w.width,4),at=Yt(K.start,w.width,4);Y.start<=ct+1&&rt===at&&Yt(Y.start+Y.count-1,w.width,4)===rt?K.count=Math.max(K.count,Y.start+Y.count-K.start):(++dt,ot[dt]=Y)}ot.length=dt+1;let Z=e.getParameter(s.UNPACK_ROW_LENGTH),$=e.getParameter(s.UNPACK_SKIP_PIXELS),lt=e.getParameter(s.UNPACK_SKIP_ROWS);e.pixelStorei(s.UNPACK_ROW_LENGTH,w.width);for(let N=0,K=ot.length;N<K;N++){let Y=ot[N],ct=Math.floor(Y.start/4),rt=Math.ceil(Y.count/4),at=ct%w.width,Et=Math.floor(ct/w.width),Vt=rt,it=1;e.pixelStorei(s.UNPACK_SKIP_PIXELS,at),e.pixelStorei(s.UNPACK_SKIP_ROWS,Et),e.texSubImage2D(s.TEXTURE_2D,0,at,Et,Vt,it,H,nt,w.data)}C.clearUpdateRanges(),e.pixelStorei(s.UNPACK_ROW_LENGTH,Z),e.pixelStorei(s.UNPACK_SKIP_PIXELS,$),e.pixelStorei(s.UNPACK_SKIP_ROWS,lt)}}function Re(C,w,H){let nt=s.TEXTURE_2D;(w.isDataArrayTexture||w.isCompressedArrayTexture)&&(nt=s.TEXTURE_2D_ARRAY),w.isData3DTexture&&(nt=s.TEXTURE_3D);let j=ce(C,w),ot=w.source;e.bindTexture(nt,C.__webglTexture,s.TEXTURE0+H);let dt=n.get(ot);if(ot.version!==dt.__version||j===!0){if(e.activeTexture(s.TEXTURE0+H),(typeof ImageBitmap<"u"&&w.image instanceof ImageBitmap)===!1){let it=Xt.getPrimaries(Xt.workingColorSpace),Tt=w.colorSpace===Ri?null:Xt.getPrimaries(w.colorSpace),Ht=w.colorSpace===Ri||it===Tt?s.NONE:s.BROWSER_DEFAULT_WEBGL;e.pixelStorei(s.UNPACK_FLIP_Y_WEBGL,w.flipY),e.pixelStorei(s.UNPACK_PREMULTIPLY_ALPHA_WEBGL,w.premultiplyAlpha),e.pixelStorei(s.UNPACK_COLORSPACE_CONVERSION_WEBGL,Ht)}e.pixelStorei(s.UNPACK_ALIGNMENT,w.unpackAlignment);let $=x(w.image,!1,i.maxTextureSize);$=Pt(w,$);let lt=r.convert(w.format,w.colorSpace),N=r.convert(w.type),K=E(w.internalFormat,lt,N,w.normalized,w.colorSpace,w.isVideoTexture);Kt(nt,w);let Y,ct=w.mipmaps,rt=w.isVideoTexture!==!0,at=dt.__version===void 0||j===!0,Et=ot.dataReady,Vt=M(w,$);if(w.isDepthTexture)K=_(w.format===Ai,w.type),at&&(rt?e.texStorage2D(s.TEXTURE_2D,1,K,$.width,$.height):e.texImage2D(s.TEXTURE_2D,0,K,$.width,$.height,0,lt,N,null));else if(w.isDataTexture)if(ct.length>0){rt&&at&&e.texStorage2D(s.TEXTURE_2D,Vt,K,ct[0].width,ct[0].height);for(let it=0,Tt=ct.length;it<Tt;it++)Y=ct[it],rt?Et&&e.texSubImage2D(s.TEXTURE_2D,it,0,0,Y.width,Y.height,lt,N,Y.data):e.texImage2D(s.TEXTURE_2D,it,K,Y.width,Y.height,0,lt,N,Y.data);w.generateMipmaps=!1}else rt?(at&&e.texStorage2D(s.TEXTURE_2D,Vt,K,$.width,$.height),Et&&ze(w,$,lt,N)):e.texImage2D(s.TEXTURE_2D,0,K,$.width,$.height,0,lt,N,$.data);else if(w.isCompressedTexture)if(w.isCompressedArrayTexture){rt&&at&&e.texStorage3D(s.TEXTURE_2D_ARRAY,Vt,K,ct[0].width,ct[0].height,$.depth);for(let it=0,Tt=ct.length;it<Tt;it++)if(Y=ct[it],w.format!==En)if(lt!==null)if(rt){if(Et)if(w.layerUpdates.size>0){let Ht=Gu(Y.width,Y.height,w.format,w.type);for(let _t of w.layerUpdates){let ae=Y.data.subarray(_t*Ht/Y.data.BYTES_PER_ELEMENT,(_t+1)*Ht/Y.data.BYTES_PER_ELEMENT);e.compressedTexSubImage3D(s.TEXTURE_2D_ARRAY,it,0,0,_t,Y.width,Y.height,1,lt,ae)}}else e.compressedTexSubImage3D(s.TEXTURE_2D_ARRAY,it,0,0,0,Y.width,Y.height,$.depth,lt,Y.data)}else e.compressedTexImage3D(s.TEXTURE_2D_ARRAY,it,K,Y.width,Y.height,$.depth,0,Y.data,0,0);else Rt("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else rt?Et&&e.texSubImage3D(s.TEXTURE_2D_ARRAY,it,0,0,0,Y.width,Y.height,$.depth,lt,N,Y.data):e.texImage3D(s.TEXTURE_2D_ARRAY,it,K,Y.width,Y.height,$.depth,0,lt,N,Y.data);w.layerUpdates.size>0&&w.clearLayerUpdates()}else{rt&&at&&e.texStorage2D(s.TEXTURE_2D,Vt,K,ct[0].width,ct[0].height);for(let it=0,Tt=ct.length;it<Tt;it++)Y=ct[it],w.format!==En?lt!==null?rt?Et&&e.compressedTexSubImage2D(s.TEXTURE_2D,it,0,0,Y.width,Y.height,lt,Y.data):e.compressedTexImage2D(s.TEXTURE_2D,it,K,Y.width,Y.height,0,Y.data):Rt("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):rt?Et&&e.texSubImage2D(s.TEXTURE_2D,it,0,0,Y.width,Y.height,lt,N,Y.data):e.texImage2D(s.TEXTURE_2D,it,K,Y.width,Y.height,0,lt,N,Y.data)}else if(w.isDataArrayTexture)if(rt){if(at&&e.texStorage3D(s.TEXTURE_2D_ARRAY,Vt,K,$.width,$.height,$.depth),Et)if(w.layerUpdates.size>0){let it=Gu($.width,$.height,w.format,w.type);for(let Tt of w.layerUpdates){let Ht=$.data.subarray(Tt*it/$.data.BYTES_PER_ELEMENT,(Tt+1)*it/$.data.BYTES_PER_ELEMENT);e.texSubImage3D(s.TEXTURE_2D_ARRAY,0,0,0,Tt,$.width,$.height,1,lt,N,Ht)}w.clearLayerUpdates()}else e.texSubImage3D(s.TEXTURE_2D_ARRAY,0,0,0,0,$.width,$.height,$.depth,lt,N,$.data)}else e.texImage3D(s.TEXTURE_2D_ARRAY,0,K,$.width,$.height,$.depth,0,lt,N,$.data);else if(w.isData3DTexture)rt?(at&&e.texStorage3D(s.TEXTURE_3D,Vt,K,$.width,$.height,$.depth),Et&&e.texSubImage3D(s.TEXTURE_3D,0,0,0,0,$.width,$.height,$.depth,lt,N,$.data)):e.texImage3D(s.TEXTURE_3D,0,K,$.width,$.height,$.depth,0,lt,N,$.data);else if(w.isFramebufferTexture){if(at)if(rt)e.texStorage2D(s.TEXTURE_2D,Vt,K,$.width,$.height);else{let it=$.width,Tt=$.height;for(let Ht=0;Ht<Vt;Ht++)e.texImage2D(s.TEXTURE_2D,Ht,K,it,Tt,0,lt,N,null),it>>=1,Tt>>=1}}else if(w.isHTMLTexture){if("texElementImage2D"in s){let it=s.canvas;if(it.hasAttribute("layoutsubtree")||it.setAttribute("layoutsubtree","true"),$.parentNode!==it){it.appendChild($),u.add(w),it.onpaint=Tt=>{let Ht=Tt.changedElements;for(let _t of u)Ht.includes(_t.image)&&(_t.needsUpdate=!0)},it.requestPaint();return}if(s.texElementImage2D.length===3)s.texElementImage2D(s.TEXTURE_2D,s.RGBA8,$);else{let Ht=s.RGBA,_t=s.RGBA,ae=s.UNSIGNED_BYTE;s.texElementImage2D(s.TEXTURE_2D,0,Ht,_t,ae,$)}s.texParameteri(s.TEXTURE_2D,s.TEXTURE_MIN_FILTER,s.LINEAR),s.texParameteri(s.TEXTURE_2D,s.TEXTURE_WRAP_S,s.CLAMP_TO_EDGE),s.texParameteri(s.TEXTURE_2D,s.TEXTURE_WRAP_T,s.CLAMP_TO_EDGE)}}else if(ct.length>0){if(rt&&at){let it=kt(ct[0]);e.texStorage2D(s.TEXTURE_2D,Vt,K,it.width,it.height)}for(let it=0,Tt=ct.length;it<Tt;it++)Y=ct[it],rt?Et&&e.texSubImage2D(s.TEXTURE_2D,it,0,0,lt,N,Y):e.texImage2D(s.TEXTURE_2D,it,K,lt,N,Y);w.generateMipmaps=!1}else if(rt){if(at){let it=kt($);e.texStorage2D(s.TEXTURE_2D,Vt,K,it.width,it.height)}Et&&e.texSubImage2D(s.TEXTURE_2D,0,0,0,lt,N,$)}else e.texImage2D(s.TEXTURE_2D,0,K,lt,N,$);b(w)&&w.mipmapsAutoUpdate===!0&&v(nt),dt.__version=ot.version,w.onUpdate&&w.onUpdate(w)}C.__version=w.version}function _n(C,w,H){if(w.image.length!==6)return;let nt=ce(C,w),j=w.source;e.bindTexture(s.TEXTURE_CUBE_MAP,C.__webglTexture,s.TEXTURE0+H);let ot=n.get(j);if(j.version!==ot.__version||nt===!0){e.activeTexture(s.TEXTURE0+H);let dt=Xt.getPrimaries(Xt.workingColorSpace),Z=w.colorSpace===Ri?null:Xt.getPrimaries(w.colorSpace),$=w.colorSpace===Ri||dt===Z?s.NONE:s.BROWSER_DEFAULT_WEBGL;e.pixelStorei(s.UNPACK_FLIP_Y_WEBGL,w.flipY),e.pixelStorei(s.UNPACK_PREMULTIPLY_ALPHA_WEBGL,w.premultiplyAlpha),e.pixelStorei(s.UNPACK_ALIGNMENT,w.unpackAlignment),e.pixelStorei(s.UNPACK_COLORSPACE_CONVERSION_WEBGL,$);let lt=w.isCompressedTexture||w.image[0].isCompressedTexture,N=w.image[0]&&w.image[0].isDataTexture,K=[];for(let _t=0;_t<6;_t++)!lt&&!N?K[_t]=x(w.image[_t],!0,i.maxCubemapSize):K[_t]=N?w.image[_t].image:w.image[_t],K[_t]=Pt(w,K[_t]);let Y=K[0],ct=r.convert(w.format,w.colorSpace),rt=r.convert(w.type),at=E(w.internalFormat,ct,rt,w.normalized,w.colorSpace),Et=w.isVideoTexture!==!0,Vt=ot.__version===void 0||nt===!0,it=j.dataReady,Tt=M(w,Y);Kt(s.TEXTURE_CUBE_MAP,w);let Ht;if(w.isDepthTexture){if(at=_(w.format===Ai,w.type),Vt)if(Et)e.texStorage2D(s.TEXTURE_CUBE_MAP,1,at,Y.width,Y.height);else for(let _t=0;_t<6;_t++)e.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,0,at,Y.width,Y.height,0,ct,rt,null)}else if(lt){Et&&Vt&&e.texStorage2D(s.TEXTURE_CUBE_MAP,Tt,at,Y.width,Y.height);for(let _t=0;_t<6;_t++){Ht=K[_t].mipmaps;for(let ae=0;ae<Ht.length;ae++){let Ue=Ht[ae];w.format!==En?ct!==null?Et?it&&e.compressedTexSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,ae,0,0,Ue.width,Ue.height,ct,Ue.data):e.compressedTexImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,ae,at,Ue.width,Ue.height,0,Ue.data):Rt("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Et?it&&e.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,ae,0,0,Ue.width,Ue.height,ct,rt,Ue.data):e.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,ae,at,Ue.width,Ue.height,0,ct,rt,Ue.data)}}}else{if(Ht=w.mipmaps,Et&&Vt){Ht.length>0&&Tt++;let _t=kt(K[0]);e.texStorage2D(s.TEXTURE_CUBE_MAP,Tt,at,_t.width,_t.height)}for(let _t=0;_t<6;_t++)if(N){Et?it&&e.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,0,0,0,K[_t].width,K[_t].height,ct,rt,K[_t].data):e.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,0,at,K[_t].width,K[_t].height,0,ct,rt,K[_t].data);for(let ae=0;ae<Ht.length;ae++){let Pi=Ht[ae].image[_t].image;Et?it&&e.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,ae+1,0,0,Pi.width,Pi.height,ct,rt,Pi.data):e.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,ae+1,at,Pi.width,Pi.height,0,ct,rt,Pi.data)}}else{Et?it&&e.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,0,0,0,ct,rt,K[_t]):e.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,0,at,ct,rt,K[_t]);for(let ae=0;ae<Ht.length;ae++){let Ue=Ht[ae];Et?it&&e.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,ae+1,0,0,ct,rt,Ue.image[_t]):e.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_t,ae+1,at,ct,rt,Ue.image[_t])}}}b(w)&&w.mipmapsAutoUpdate===!0&&v(s.TEXTURE_CUBE_MAP),ot.__version=j.version,w.onUpdate&&w.onUpdate(w)}C.__version=w.version}function ve(C,w,H,nt,j,ot){let dt=r.convert(H.format,H.colorSpace),Z=r.convert(H.type),$=E(H.internalFormat,dt,Z,H.normalized,H.colorSpace),lt=n.get(w),N=n.get(H);if(N.__renderTarget=w,!lt.__hasExternalTextures){let K=Math.max(1,w.width>>ot),Y=Math.max(1,w.height>>ot);j===s.TEXTURE_3D||j===s.TEXTURE_2D_ARRAY?e.texImage3D(j,ot,$,K,Y,w.depth,0,dt,Z,null):e.texImage2D(j,ot,$,K,Y,0,dt,Z,null)}e.bindFramebuffer(s.FRAMEBUFFER,C),pt(w)?a.framebufferTexture2DMultisampleEXT(s.FRAMEBUFFER,nt,j,N.__webglTexture,0,ge(w)):(j===s.TEXTURE_2D||j>=s.TEXTURE_CUBE_MAP_POSITIVE_X&&j<=s.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&s.framebufferTexture2D(s.FRAMEBUFFER,nt,j,N.__webglTexture,ot),e.bindFramebuffer(s.FRAMEBUFFER,null)}function ni(C,w,H){if(s.bindRenderbuffer(s.RENDERBUFFER,C),w.depthBuffer){let nt=w.depthTexture,j=nt&&nt.isDepthTexture?nt.type:null,ot=_(w.stencilBuffer,j),dt=w.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT;pt(w)?a.renderbufferStorageMultisampleEXT(s.RENDERBUFFER,ge(w),ot,w.width,w.height):H?s.renderbufferStorageMultisample(s.RENDERBUFFER,ge(w),ot,w.width,w.height):s.renderbufferStorage(s.RENDERBUFFER,ot,w.width,w.height),s.framebufferRenderbuffer(s.FRAMEBUFFER,dt,s.RENDERBUFFER,C)}else{let nt=w.textures;for(let j=0;j<nt.length;j++){let ot=nt[j],dt=r.convert(ot.format,ot.colorSpace),Z=r.convert(ot.type),$=E(ot.internalFormat,dt,Z,ot.normalized,ot.colorSpace);pt(w)?a.renderbufferStorageMultisampleEXT(s.RENDERBUFFER,ge(w),$,w.width,w.height):H?s.renderbufferStorageMultisample(s.RENDERBUFFER,ge(w),$,w.width,w.height):s.renderbufferStorage(s.RENDERBUFFER,$,w.width,w.height)}}s.bindRenderbuffer(s.RENDERBUFFER,null)}function Ne(C,w,H){let nt=w.isWebGLCubeRenderTarget===!0;if(e.bindFramebuffer(s.FRAMEBUFFER,C),!(w.depthTexture&&w.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let j=n.get(w.depthTexture);j.__renderTarget=w;let ot=nt?w.depthTexture.image[0]:w.depthTexture.image;(!j.__webglTexture||ot.width!==w.width||ot.height!==w.height)&&(ot.width=w.width,ot.height=w.height,w.depthTexture.needsUpdate=!0),nt?gt(w.depthTexture,0):ut(w.depthTexture,0);let dt=j.__webglTexture,Z=ge(w),$=nt?s.TEXTURE_CUBE_MAP_POSITIVE_X+H:s.TEXTURE_2D,lt=w.depthTexture.format===Ai?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT;if(w.depthTexture.format===bi)pt(w)?a.framebufferTexture2DMultisampleEXT(s.FRAMEBUFFER,lt,$,dt,0,Z):s.framebufferTexture2D(s.FRAMEBUFFER,lt,$,dt,0);else if(w.depthTexture.format===Ai)pt(w)?a.framebufferTexture2DMultisampleEXT(s.FRAMEBUFFER,lt,$,dt,0,Z):s.framebufferTexture2D(s.FRAMEBUFFER,lt,$,dt,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function In(C){let w=n.get(C),H=C.isWebGLCubeRenderTarget===!0;if(w.__boundDepthTexture!==C.depthTexture){let nt=C.depthTexture;if(w.__depthDisposeCallback&&w.__depthDisposeCallback(),nt){let j=()=>{delete w.__boundDepthTexture,delete w.__depthDisposeCallback,nt.removeEventListener("dispose",j)};nt.addEventListener("dispose",j),w.__depthDisposeCallback=j}w.__boundDepthTexture=nt}if(C.depthTexture&&!w.__autoAllocateDepthBuffer)if(H)for(let nt=0;nt<6;nt++)Ne(w.__webglFramebuffer[nt],C,nt);else C.texture.mipmaps.length>0?Ne(w.__webglFramebuffer[0],C,0):Ne(w.__webglFramebuffer,C,0);else if(H){w.__webglDepthbuffer=[];for(let nt=0;nt<6;nt++)if(e.bindFramebuffer(s.FRAMEBUFFER,w.__webglFramebuffer[nt]),w.__webglDepthbuffer[nt]===void 0)w.__webglDepthbuffer[nt]=s.createRenderbuffer(),ni(w.__webglDepthbuffer[nt],C,!1);else{let j=C.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT,ot=w.__webglDepthbuffer[nt];s.bindRenderbuffer(s.RENDERBUFFER,ot),s.framebufferRenderbuffer(s.FRAMEBUFFER,j,s.RENDERBUFFER,ot)}}else if(C.texture.mipmaps.length>0?e.bindFramebuffer(s.FRAMEBUFFER,w.__webglFramebuffer[0]):e.bindFramebuffer(s.FRAMEBUFFER,w.__webglFramebuffer),w.__webglDepthbuffer===void 0)w.__webglDepthbuffer=s.createRenderbuffer(),ni(w.__webglDepthbuffer,C,!1);else{let j=C.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT,ot=w.__webglDepthbuffer;s.bindRenderbuffer(s.RENDERBUFFER,ot),s.framebufferRenderbuffer(s.FRAMEBUFFER,j,s.RENDERBUFFER,ot)}e.bindFramebuffer(s.FRAMEBUFFER,null)}function Ln(C,w,H){let nt=n.get(C);w!==void 0&&ve(nt.__webglFramebuffer,C,C.texture,s.COLOR_ATTACHMENT0,s.TEXTURE_2D,0),H!==void 0&&In(C)}function Dn(C){let w=C.texture,H=n.get(C),nt=n.get(w);C.addEventListener("dispose",L),I(C);let j=C.textures,ot=C.isWebGLCubeRenderTarget===!0,dt=j.length>1;if(dt||(nt.__webglTexture===void 0&&(nt.__webglTexture=s.createTexture()),nt.__version=w.version,o.memory.textures++),ot){H.__webglFramebuffer=[];for(let Z=0;Z<6;Z++)if(w.mipmaps.length>0){H.__webglFramebuffer[Z]=[];for(let $=0;$<w.mipmaps.length;$++)H.__webglFramebuffer[Z][$]=s.createFramebuffer()}else H.__webglFramebuffer[Z]=s.createFramebuffer()}else{if(w.mipmaps.length>0){H.__webglFramebuffer=[];for(let Z=0;Z<w.mipmaps.length;Z++)H.__webglFramebuffer[Z]=s.createFramebuffer()}else H.__webglFramebuffer=s.createFramebuffer();if(dt)for(let Z=0,$=j.length;Z<$;Z++){let lt=n.get(j[Z]);lt.__webglTexture===void 0&&(lt.__webglTexture=s.createTexture(),o.memory.textures++)}if(C.samples>0&&pt(C)===!1){H.__webglMultisampledFramebuffer=s.createFramebuffer(),H.__webglColorRenderbuffer=[],e.bindFramebuffer(s.FRAMEBUFFER,H.__webglMultisampledFramebuffer);for(let Z=0;Z<j.length;Z++){let $=j[Z];H.__webglColorRenderbuffer[Z]=s.createRenderbuffer(),s.bindRenderbuffer(s.RENDERBUFFER,H.__webglColorRenderbuffer[Z]);let lt=r.convert($.format,$.colorSpace),N=r.convert($.type),K=E($.internalFormat,lt,N,$.normalized,$.colorSpace,C.isXRRenderTarget===!0),Y=ge(C);s.renderbufferStorageMultisample(s.RENDERBUFFER,Y,K,C.width,C.height),s.framebufferRenderbuffer(s.FRAMEBUFFER,s.COLOR_ATTACHMENT0+Z,s.RENDERBUFFER,H.__webglColorRenderbuffer[Z])}s.bindRenderbuffer(s.RENDERBUFFER,null),C.depthBuffer&&(H.__webglDepthRenderbuffer=s.createRenderbuffer(),ni(H.__webglDepthRenderbuffer,C,!0)),e.bindFramebuffer(s.FRAMEBUFFER,null)}}if(ot){e.bindTexture(s.TEXTURE_CUBE_MAP,nt.__webglTexture),Kt(s.TEXTURE_CUBE_MAP,w);for(let Z=0;Z<6;Z++)if(w.mipmaps.length>0)for(let $=0;$<w.mipmaps.length;$++)ve(H.__webglFramebuffer[Z][$],C,w,s.COLOR_ATTACHMENT0,s.TEXTURE_CUBE_MAP_POSITIVE_X+Z,$);else ve(H.__webglFramebuffer[Z],C,w,s.COLOR_ATTACHMENT0,s.TEXTURE_CUBE_MAP_POSITIVE_X+Z,0);b(w)?v(s.TEXTURE_CUBE_MAP):w.mipmaps.length>0&&s.texParameteri(s.TEXTURE_CUBE_MAP,s.TEXTURE_MAX_LEVEL,w.mipmaps.length-1),e.unbindTexture()}else if(dt){for(let Z=0,$=j.length;Z<$;Z++){let lt=j[Z],N=n.get(lt),K=s.TEXTURE_2D;(C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(K=C.isWebGL3DRenderTarget?s.TEXTURE_3D:s.TEXTURE_2D_ARRAY),e.bindTexture(K,N.__webglTexture),Kt(K,lt),ve(H.__webglFramebuffer,C,lt,s.COLOR_ATTACHMENT0+Z,K,0),b(lt)&&v(K)}e.unbindTexture()}else{let Z=s.TEXTURE_2D;if((C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(Z=C.isWebGL3DRenderTarget?s.TEXTURE_3D:s.TEXTURE_2D_ARRAY),e.bindTexture(Z,nt.__webglTexture),Kt(Z,w),w.mipmaps.length>0)for(let $=0;$<w.mipmaps.length;$++)ve(H.__webglFramebuffer[$],C,w,s.COLOR_ATTACHMENT0,Z,$);else ve(H.__webglFramebuffer,C,w,s.COLOR_ATTACHMENT0,Z,0);b(w)?v(Z):w.mipmaps.length>0&&s.texParameteri(Z,s.TEXTURE_MAX_LEVEL,w.mipmaps.length-1),e.unbindTexture()}C.depthBuffer&&In(C)}function B(C){let w=C.textures;for(let H=0,nt=w.length;H<nt;H++){let j=w[H];if(b(j)&&j.mipmapsAutoUpdate===!0){let ot=S(C),dt=n.get(j).__webglTexture;e.bindTexture(ot,dt),v(ot),e.unbindTexture()}}}let Nn=[];function me(C){if(C.samples>0){if(pt(C)===!1){let w=C.textures,H=C.width,nt=C.height,j=s.COLOR_BUFFER_BIT,ot=C.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT,dt=n.get(C),Z=w.length>1;if(Z)for(let lt=0;lt<w.length;lt++)e.bindFramebuffer(s.FRAMEBUFFER,dt.__webglMultisampledFramebuffer),s.framebufferRenderbuffer(s.FRAMEBUFFER,s.COLOR_ATTACHMENT0+lt,s.RENDERBUFFER,null),e.bindFramebuffer(s.FRAMEBUFFER,dt.__webglFramebuffer),s.framebufferTexture2D(s.DRAW_FRAMEBUFFER,s.COLOR_ATTACHMENT0+lt,s.TEXTURE_2D,null,0);e.bindFramebuffer(s.READ_FRAMEBUFFER,dt.__webglMultisampledFramebuffer),C.texture.mipmaps.length>0?e.bindFramebuffer(s.DRAW_FRAMEBUFFER,dt.__webglFramebuffer[0]):e.bindFramebuffer(s.DRAW_FRAMEBUFFER,dt.__webglFramebuffer);for(let lt=0;lt<w.length;lt++){if(C.resolveDepthBuffer&&(C.depthBuffer&&(j|=s.DEPTH_BUFFER_BIT),C.stencilBuffer&&C.resolveStencilBuffer&&(j|=s.STENCIL_BUFFER_BIT)),Z){s.framebufferRenderbuffer(s.READ_FRAMEBUFFER,s.COLOR_ATTACHMENT0,s.RENDERBUFFER,dt.__webglColorRenderbuffer[lt]);let N=n.get(w[lt]).__webglTexture;s.framebufferTexture2D(s.DRAW_FRAMEBUFFER,s.COLOR_ATTACHMENT0,s.TEXTURE_2D,N,0)}s.blitFramebuffer(0,0,H,nt,0,0,H,nt,j,s.NEAREST),l===!0&&(Nn.length=0,Nn.push(s.COLOR_ATTACHMENT0+lt),C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&Nn.push(ot),s.invalidateFramebuffer(s.READ_FRAMEBUFFER,Nn))}if(e.bindFramebuffer(s.READ_FRAMEBUFFER,null),e.bindFramebuffer(s.DRAW_FRAMEBUFFER,null),Z)for(let lt=0;lt<w.length;lt++){e.bindFramebuffer(s.FRAMEBUFFER,dt.__webglMultisampledFramebuffer),s.framebufferRenderbuffer(s.FRAMEBUFFER,s.COLOR_ATTACHMENT0+lt,s.RENDERBUFFER,dt.__webglColorRenderbuffer[lt]);let N=n.get(w[lt]).__webglTexture;e.bindFramebuffer(s.FRAMEBUFFER,dt.__webglFramebuffer),s.framebufferTexture2D(s.DRAW_FRAMEBUFFER,s.COLOR_ATTACHMENT0+lt,s.TEXTURE_2D,N,0)}e.bindFramebuffer(s.DRAW_FRAMEBUFFER,dt.__webglMultisampledFramebuffer)}else if(C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&l){let w=C.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT;s.invalidateFramebuffer(s.DRAW_FRAMEBUFFER,[w])}}}function ge(C){return Math.min(i.maxSamples,C.samples)}function pt(C){let w=n.get(C);return C.samples>0&&t.has("WEBGL_multisampled_render_to_texture")===!0&&w.__useRenderToTexture!==!1}function Ce(C){let w=o.render.frame;h.get(C)!==w&&(h.set(C,w),C.update())}function Pt(C,w){let H=C.colorSpace,nt=C.format,j=C.type;return C.isCompressedTexture===!0||C.isVideoTexture===!0||H!==qr&&H!==Ri&&(Xt.getTransfer(H)===re?(nt!==En||j!==bn)&&Rt("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Lt("WebGLTextures: Unsupported texture color space:",H)),w}function kt(C){return typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement?(c.width=C.naturalWidth||C.width,c.height=C.naturalHeight||C.height):typeof VideoFrame<"u"&&C instanceof VideoFrame?(c.width=C.displayWidth,c.height=C.displayHeight):(c.width=C.width,c.height=C.height),c}this.allocateTextureUnit=Dt,this.resetTextureUnits=Q,this.getTextureUnits=tt,this.setTextureUnits=vt,this.setTexture2D=ut,this.setTexture2DArray=yt,this.setTexture3D=At,this.setTextureCube=gt,this.rebindTextures=Ln,this.setupRenderTarget=Dn,this.updateRenderTargetMipmap=B,this.updateMultisampleRenderTarget=me,this.setupDepthRenderbuffer=In,this.setupFrameBufferTexture=ve,this.useMultisampledRTT=pt,this.dispose=k}function Nb(s,t){function e(n,i=Ri){let r,o=Xt.getTransfer(i);if(n===bn)return s.UNSIGNED_BYTE;if(n===Ul)return s.UNSIGNED_SHORT_4_4_4_4;if(n===Fl)return s.UNSIGNED_SHORT_5_5_5_1;if(n===Tu)return s.UNSIGNED_INT_5_9_9_9_REV;if(n===Au)return s.UNSIGNED_INT_10F_11F_11F_REV;if(n===wu)return s.BYTE;if(n===Eu)return s.SHORT;if(n===ar)return s.UNSIGNED_SHORT;if(n===Nl)return s.INT;if(n===kn)return s.UNSIGNED_INT;if(n===yn)return s.FLOAT;if(n===jn)return s.HALF_FLOAT;if(n===Ru)return s.ALPHA;if(n===Cu)return s.RGB;if(n===En)return s.RGBA;if(n===bi)return s.DEPTH_COMPONENT;if(n===Ai)return s.DEPTH_STENCIL;if(n===Ol)return s.RED;if(n===yo)return s.RED_INTEGER;if(n===Wi)return s.RG;if(n===Bl)return s.RG_INTEGER;if(n===kl)return s.RGBA_INTEGER;if(n===vo||n===bo||n===So||n===Mo)if(o===re)if(r=t.get("WEBGL_compressed_texture_s3tc_srgb"),r!==null){if(n===vo)return r.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===bo)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===So)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===Mo)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(r=t.get("WEBGL_compressed_texture_s3tc"),r!==null){if(n===vo)return r.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===bo)return r.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===So)return r.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===Mo)return r.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===zl||n===Hl||n===Vl||n===Gl)if(r=t.get("WEBGL_compressed_texture_pvrtc"),r!==null){if(n===zl)return r.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===Hl)return r.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===Vl)return r.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===Gl)return r.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===Wl||n===Xl||n===ql||n===Yl||n===Zl||n===wo||n===$l)if(r=t.get("WEBGL_compressed_texture_etc"),r!==null){if(n===Wl||n===Xl)return o===re?r.COMPRESSED_SRGB8_ETC2:r.COMPRESSED_RGB8_ETC2;if(n===ql)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:r.COMPRESSED_RGBA8_ETC2_EAC;if(n===Yl)return r.COMPRESSED_R11_EAC;if(n===Zl)return r.COMPRESSED_SIGNED_R11_EAC;if(n===wo)return r.COMPRESSED_RG11_EAC;if(n===$l)return r.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===Jl||n===Kl||n===jl||n===Ql||n===tc||n===ec||n===nc||n===ic||n===sc||n===rc||n===oc||n===ac||n===lc||n===cc)if(r=t.get("WEBGL_compressed_texture_astc"),r!==null){if(n===Jl)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:r.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===Kl)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:r.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===jl)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:r.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===Ql)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:r.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===tc)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:r.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===ec)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:r.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===nc)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:r.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===ic)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:r.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===sc)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:r.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===rc)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:r.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===oc)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:r.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===ac)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:r.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===lc)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:r.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===cc)return o===re?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:r.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===hc||n===uc||n===dc)if(r=t.get("EXT_texture_compression_bptc"),r!==null){if(n===hc)return o===re?r.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:r.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===uc)return r.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===dc)return r.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===fc||n===pc||n===Eo||n===mc)if(r=t.get("EXT_texture_compression_rgtc"),r!==null){if(n===fc)return r.COMPRESSED_RED_RGTC1_EXT;if(n===pc)return r.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===Eo)return r.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===mc)return r.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===ds?s.UNSIGNED_INT_24_8:s[n]!==void 0?s[n]:null}return{convert:e}}var Ub=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,Fb=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,id=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(t,e){if(this.texture===null){let n=new so(t.texture);(t.depthNear!==e.depthNear||t.depthFar!==e.depthFar)&&(this.depthNear=t.depthNear,this.depthFar=t.depthFar),this.texture=n}}getMesh(t){if(this.texture!==null&&this.mesh===null){let e=t.cameras[0].viewport,n=new We({vertexShader:Ub,fragmentShader:Fb,uniforms:{depthColor:{value:this.texture},depthWidth:{value:e.z},depthHeight:{value:e.w}}});this.mesh=new Ut(new ao(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},sd=class extends qn{constructor(t,e){super();let n=this,i=null,r=1,o=null,a="local-floor",l=1,c=null,h=null,u=null,d=null,f=null,p=null,y=typeof XRWebGLBinding<"u",g=new id,m={},x=e.getContextAttributes(),b=null,v=null,S=[],E=[],_=new st,M=null,I=null,A=new hn;A.viewport=new xe;let P=new hn;P.viewport=new xe;let L=[A,P],F=new Cl,D=null,k=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(J){let ut=S[J];return ut===void 0&&(ut=new Ys,S[J]=ut),ut.getTargetRaySpace()},this.getControllerGrip=function(J){let ut=S[J];return ut===void 0&&(ut=new Ys,S[J]=ut),ut.getGripSpace()},this.getHand=function(J){let ut=S[J];return ut===void 0&&(ut=new Ys,S[J]=ut),ut.getHandSpace()};function G(J){let ut=E.indexOf(J.inputSource);if(ut===-1)return;let yt=S[ut];yt!==void 0&&(yt.update(J.inputSource,J.frame,c||o),yt.dispatchEvent({type:J.type,data:J.inputSource}))}function W(){i.removeEventListener("select",G),i.removeEventListener("selectstart",G),i.removeEventListener("selectend",G),i.removeEventListener("squeeze",G),i.removeEventListener("squeezestart",G),i.removeEventListener("squeezeend",G),i.removeEventListener("end",W),i.removeEventListener("inputsourceschange",et);for(let J=0;J<S.length;J++){let ut=E[J];ut!==null&&(E[J]=null,S[J].disconnect(ut))}D=null,k=null,g.reset();for(let J in m)delete m[J];if(t.setRenderTarget(b),f=null,d=null,u=null,i=null,v=null,Dt.stop(),n.isPresenting=!1,t.setPixelRatio(M),t.setSize(_.width,_.height,!1),I!==null){let J=I.camera;J.fov=I.fov,J.zoom=I.zoom,J.updateProjectionMatrix(),I=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(J){r=J,n.isPresenting===!0&&Rt("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(J){a=J,n.isPresenting===!0&&Rt("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||o},this.setReferenceSpace=function(J){c=J},this.getBaseLayer=function(){return d!==null?d:f},this.getBinding=function(){return u===null&&y&&(u=new XRWebGLBinding(i,e)),u},this.getFrame=function(){return p},this.getSession=function(){return i},this.setSession=async function(J){if(i=J,i!==null){if(b=t.getRenderTarget(),i.addEventListener("select",G),i.addEventListener("selectstart",G),i.addEventListener("selectend",G),i.addEventListener("squeeze",G),i.addEventListener("squeezestart",G),i.addEventListener("squeezeend",G),i.addEventListener("end",W),i.addEventListener("inputsourceschange",et),x.xrCompatible!==!0&&await e.makeXRCompatible(),M=t.getPixelRatio(),t.getSize(_),y&&"createProjectionLayer"in XRWebGLBinding.prototype){let yt=null,At=null,gt=null;x.depth&&(gt=x.stencil?e.DEPTH24_STENCIL8:e.DEPTH_COMPONENT24,yt=x.stencil?Ai:bi,At=x.stencil?ds:kn);let Bt={colorFormat:e.RGBA8,depthFormat:gt,scaleFactor:r};u=this.getBinding(),d=u.createProjectionLayer(Bt),i.updateRenderState({layers:[d]}),t.setPixelRatio(1),t.setSize(d.textureWidth,d.textureHeight,!1),v=new fn(d.textureWidth,d.textureHeight,{format:En,type:bn,depthTexture:new Ei(d.textureWidth,d.textureHeight,At,void 0,void 0,void 0,void 0,void 0,void 0,yt),stencilBuffer:x.stencil,colorSpace:t.outputColorSpace,samples:x.antialias?4:0,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}else{let yt={antialias:x.antialias,alpha:!0,depth:x.depth,stencil:x.stencil,framebufferScaleFactor:r};f=new XRWebGLLayer(i,e,yt),i.updateRenderState({baseLayer:f}),t.setPixelRatio(1),t.setSize(f.framebufferWidth,f.framebufferHeight,!1),v=new fn(f.framebufferWidth,f.framebufferHeight,{format:En,type:bn,colorSpace:t.outputColorSpace,stencilBuffer:x.stencil,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}v.isXRRenderTarget=!0,this.setFoveation(l),c=null,o=await i.requestReferenceSpace(a),Dt.setContext(i),Dt.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(i!==null)return i.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function et(J){for(let ut=0;ut<J.removed.length;ut++){let yt=J.removed[ut],At=E.indexOf(yt);At>=0&&(E[At]=null,S[At].disconnect(yt))}for(let ut=0;ut<J.added.length;ut++){let yt=J.added[ut],At=E.indexOf(yt);if(At===-1){for(let Bt=0;Bt<S.length;Bt++)if(Bt>=E.length){E.push(yt),At=Bt;break}else if(E[Bt]===null){E[Bt]=yt,At=Bt;break}if(At===-1)break}let gt=S[At];gt&&gt.connect(yt)}}function q(J,ut){ut===null?J.matrixWorld.copy(J.matrix):J.matrixWorld.multiplyMatrices(ut.matrixWorld,J.matrix),J.matrixWorldInverse.copy(J.matrixWorld).invert()}this.updateCamera=function(J){if(i===null)return;let ut=J.near,yt=J.far;g.texture!==null&&(g.depthNear>0&&(ut=g.depthNear),g.depthFar>0&&(yt=g.depthFar)),F.near=P.near=A.near=ut,F.far=P.far=A.far=yt,(D!==F.near||k!==F.far)&&(i.updateRenderState({depthNear:F.near,depthFar:F.far}),D=F.near,k=F.far),F.layers.mask=J.layers.mask|6,A.layers.mask=F.layers.mask&-5,P.layers.mask=F.layers.mask&-3;let At=J.parent,gt=F.cameras;q(F,At);for(let Bt=0;Bt<gt.length;Bt++)q(gt[Bt],At);F.projectionMatrix.copy(A.projectionMatrix),F.projectionMatrixInverse.copy(A.projectionMatrixInverse),I===null&&J.isPerspectiveCamera&&(I={camera:J,fov:J.fov,zoom:J.zoom}),Q(J,F,At)};function Q(J,ut,yt){yt===null?J.matrix.copy(ut.matrixWorld):(J.matrix.copy(yt.matrixWorld),J.matrix.invert(),J.matrix.multiply(ut.matrixWorld)),J.matrix.decompose(J.position,J.quaternion,J.scale),J.updateMatrixWorld(!0),J.projectionMatrix.copy(ut.projectionMatrix),J.projectionMatrixInverse.copy(ut.projectionMatrixInverse),J.isPerspectiveCamera&&(J.fov=Ws*2*Math.atan(1/J.projectionMatrix.elements[5]),J.zoom=1)}this.getCamera=function(){return F},this.getFoveation=function(){if(!(d===null&&f===null))return l},this.setFoveation=function(J){l=J,d!==null&&(d.fixedFoveation=J),f!==null&&f.fixedFoveation!==void 0&&(f.fixedFoveation=J)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh(F)},this.getCameraTexture=function(J){return m[J]};let tt=null;function vt(J,ut){if(h=ut.getViewerPose(c||o),p=ut,h!==null){let yt=h.views;f!==null&&(t.setRenderTargetFramebuffer(v,f.framebuffer),t.setRenderTarget(v));let At=!1;yt.length!==F.cameras.length&&(F.cameras.length=0,At=!0);for(let Ct=0;Ct<yt.length;Ct++){let Kt=yt[Ct],ce=null;if(f!==null)ce=f.getViewport(Kt);else{let ze=u.getViewSubImage(d,Kt);ce=ze.viewport,Ct===0&&(t.setRenderTargetTextures(v,ze.colorTexture,ze.depthStencilTexture),t.setRenderTarget(v))}let Yt=L[Ct];Yt===void 0&&(Yt=new hn,Yt.layers.enable(Ct),Yt.viewport=new xe,L[Ct]=Yt),Yt.matrix.fromArray(Kt.transform.matrix),Yt.matrix.decompose(Yt.position,Yt.quaternion,Yt.scale),Yt.projectionMatrix.fromArray(Kt.projectionMatrix),Yt.projectionMatrixInverse.copy(Yt.projectionMatrix).invert(),Yt.viewport.set(ce.x,ce.y,ce.width,ce.height),Ct===0&&(F.matrix.copy(Yt.matrix),F.matrix.decompose(F.position,F.quaternion,F.scale)),At===!0&&F.cameras.push(Yt)}let gt=i.enabledFeatures;if(gt&&gt.includes("depth-sensing")&&i.depthUsage=="gpu-optimized"&&y){u=n.getBinding();let Ct=u.getDepthInformation(yt[0]);Ct&&Ct.isValid&&Ct.texture&&g.init(Ct,i.renderState)}if(gt&&gt.includes("camera-access")&&y){t.state.unbindTexture(),u=n.getBinding();for(let Ct=0;Ct<yt.length;Ct++){let Kt=yt[Ct].camera;if(Kt){let ce=m[Kt];ce||(ce=new so,m[Kt]=ce);let Yt=u.getCameraImage(Kt);ce.sourceTexture=Yt}}}}for(let yt=0;yt<S.length;yt++){let At=E[yt],gt=S[yt];At!==null&&gt!==void 0&&gt.update(At,ut,c||o)}tt&&tt(J,ut),ut.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:ut}),p=null}let Dt=new om;Dt.setAnimationLoop(vt),this.setAnimationLoop=function(J){tt=J},this.dispose=function(){}}},Ob=new It,gm=new Ot;gm.set(-1,0,0,0,1,0,0,0,1);function Bb(s,t){function e(g,m){g.matrixAutoUpdate===!0&&g.updateMatrix(),m.value.copy(g.matrix)}function n(g,m){m.color.getRGB(g.fogColor.value,zu(s)),m.isFog?(g.fogNear.value=m.near,g.fogFar.value=m.far):m.isFogExp2&&(g.fogDensity.value=m.density)}function i(g,m,x,b,v){m.isNodeMaterial?m.uniformsNeedUpdate=!1:m.isMeshBasicMaterial?r(g,m):m.isMeshLambertMaterial?(r(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshToonMaterial?(r(g,m),u(g,m)):m.isMeshPhongMaterial?(r(g,m),h(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshStandardMaterial?(r(g,m),d(g,m),m.isMeshPhysicalMaterial&&f(g,m,v)):m.isMeshMatcapMaterial?(r(g,m),p(g,m)):m.isMeshDepthMaterial?r(g,m):m.isMeshDistanceMaterial?(r(g,m),y(g,m)):m.isMeshNormalMaterial?r(g,m):m.isLineBasicMaterial?(o(g,m),m.isLineDashedMaterial&&a(g,m)):m.isPointsMaterial?l(g,m,x,b):m.isSpriteMaterial?c(g,m):m.isShadowMaterial?(g.color.value.copy(m.color),g.opacity.value=m.opacity):m.isShaderMaterial&&(m.uniformsNeedUpdate=!1)}function r(g,m){g.opacity.value=m.opacity,m.color&&g.diffuse.value.copy(m.color),m.emissive&&g.emissive.value.copy(m.emissive).multiplyScalar(m.emissiveIntensity),m.map&&(g.map.value=m.map,e(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,e(m.alphaMap,g.alphaMapTransform)),m.bumpMap&&(g.bumpMap.value=m.bumpMap,e(m.bumpMap,g.bumpMapTransform),g.bumpScale.value=m.bumpScale,m.side===Xe&&(g.bumpScale.value*=-1)),m.normalMap&&(g.normalMap.value=m.normalMap,e(m.normalMap,g.normalMapTransform),g.normalScale.value.copy(m.normalScale),m.side===Xe&&g.normalScale.value.negate()),m.displacementMap&&(g.displacementMap.value=m.displacementMap,e(m.displacementMap,g.displacementMapTransform),g.displacementScale.value=m.displacementScale,g.displacementBias.value=m.displacementBias),m.emissiveMap&&(g.emissiveMap.value=m.emissiveMap,e(m.emissiveMap,g.emissiveMapTransform)),m.specularMap&&(g.specularMap.value=m.specularMap,e(m.specularMap,g.specularMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest);let x=t.get(m),b=x.envMap,v=x.envMapRotation;b&&(g.envMap.value=b,g.envMapRotation.value.setFromMatrix4(Ob.makeRotationFromEuler(v)).transpose(),b.isCubeTexture&&b.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(gm),g.reflectivity.value=m.reflectivity,g.ior.value=m.ior,g.refractionRatio.value=m.refractionRatio),m.lightMap&&(g.lightMap.value=m.lightMap,g.lightMapIntensity.value=m.lightMapIntensity,e(m.lightMap,g.lightMapTransform)),m.aoMap&&(g.aoMap.value=m.aoMap,g.aoMapIntensity.value=m.aoMapIntensity,e(m.aoMap,g.aoMapTransform))}function o(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,m.map&&(g.map.value=m.map,e(m.map,g.mapTransform))}function a(g,m){g.dashSize.value=m.dashSize,g.totalSize.value=m.dashSize+m.gapSize,g.scale.value=m.scale}function l(g,m,x,b){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.size.value=m.size*x,g.scale.value=b*.5,m.map&&(g.map.value=m.map,e(m.map,g.uvTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,e(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function c(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.rotation.value=m.rotation,m.map&&(g.map.value=m.map,e(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,e(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function h(g,m){g.specular.value.copy(m.specular),g.shininess.value=Math.max(m.shininess,1e-4)}function u(g,m){m.gradientMap&&(g.gradientMap.value=m.gradientMap)}function d(g,m){g.metalness.value=m.metalness,m.metalnessMap&&(g.metalnessMap.value=m.metalnessMap,e(m.metalnessMap,g.metalnessMapTransform)),g.roughness.value=m.roughness,m.roughnessMap&&(g.roughnessMap.value=m.roughnessMap,e(m.roughnessMap,g.roughnessMapTransform)),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)}function f(g,m,x){g.ior.value=m.ior,m.diffuseRoughness>0&&(g.diffuseRoughness.value=m.diffuseRoughness,m.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=m.diffuseRoughnessMap,e(m.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),m.sheen>0&&(g.sheenColor.value.copy(m.sheenColor).multiplyScalar(m.sheen),g.sheenRoughness.value=m.sheenRoughness,m.sheenColorMap&&(g.sheenColorMap.value=m.sheenColorMap,e(m.sheenColorMap,g.sheenColorMapTransform)),m.sheenRoughnessMap&&(g.sheenRoughnessMap.value=m.sheenRoughnessMap,e(m.sheenRoughnessMap,g.sheenRoughnessMapTransform))),m.clearcoat>0&&(g.clearcoat.value=m.clearcoat,g.clearcoatRoughness.value=m.clearcoatRoughness,m.clearcoatMap&&(g.clearcoatMap.value=m.clearcoatMap,e(m.clearcoatMap,g.clearcoatMapTransform)),m.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=m.clearcoatRoughnessMap,e(m.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),m.clearcoatNormalMap&&(g.clearcoatNormalMap.value=m.clearcoatNormalMap,e(m.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(m.clearcoatNormalScale),m.side===Xe&&g.clearcoatNormalScale.value.negate())),m.dispersion>0&&(g.dispersion.value=m.dispersion),m.retroreflectivity>0&&(g.retroreflectivity.value=m.retroreflectivity),m.iridescence>0&&(g.iridescence.value=m.iridescence,g.iridescenceIOR.value=m.iridescenceIOR,g.iridescenceThicknessMinimum.value=m.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=m.iridescenceThicknessMaximum,m.iridescenceMap&&(g.iridescenceMap.value=m.iridescenceMap,e(m.iridescenceMap,g.iridescenceMapTransform)),m.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=m.iridescenceThicknessMap,e(m.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),m.transmission>0&&(g.transmission.value=m.transmission,g.transmissionSamplerMap.value=x.texture,g.transmissionSamplerSize.value.set(x.width,x.height),m.transmissionMap&&(g.transmissionMap.value=m.transmissionMap,e(m.transmissionMap,g.transmissionMapTransform)),g.thickness.value=m.thickness,m.thicknessMap&&(g.thicknessMap.value=m.thicknessMap,e(m.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=m.attenuationDistance,g.attenuationColor.value.copy(m.attenuationColor)),m.anisotropy>0&&(g.anisotropyVector.value.set(m.anisotropy*Math.cos(m.anisotropyRotation),m.anisotropy*Math.sin(m.anisotropyRotation)),m.anisotropyMap&&(g.anisotropyMap.value=m.anisotropyMap,e(m.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=m.specularIntensity,g.specularColor.value.copy(m.specularColor),m.specularColorMap&&(g.specularColorMap.value=m.specularColorMap,e(m.specularColorMap,g.specularColorMapTransform)),m.specularIntensityMap&&(g.specularIntensityMap.value=m.specularIntensityMap,e(m.specularIntensityMap,g.specularIntensityMapTransform))}function p(g,m){m.matcap&&(g.matcap.value=m.matcap)}function y(g,m){let x=t.get(m).light;g.referencePosition.value.setFromMatrixPosition(x.matrixWorld),g.nearDistance.value=x.shadow.camera.near,g.farDistance.value=x.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:i}}function kb(s,t,e,n){let i={},r={};function o(x,b){let v=b.program;n.uniformBlockBinding(x,v,i[x.id])}function a(x,b){let v=i[x.id];v===void 0&&(p(x),v=l(x),i[x.id]=v,x.addEventListener("dispose",g));let S=b.program;n.updateUBOMapping(x,S);let E=t.render.frame;r[x.id]!==E&&(c(x),r[x.id]=E)}function l(x){let b=s.createBuffer(),v=x.__size,S=x.usage;return s.bindBuffer(s.UNIFORM_BUFFER,b),s.bufferData(s.UNIFORM_BUFFER,v,S),s.bindBuffer(s.UNIFORM_BUFFER,null),b}function c(x){let b=i[x.id],v=x.uniforms,S=x.__cache;s.bindBuffer(s.UNIFORM_BUFFER,b);for(let E=0,_=v.length;E<_;E++){let M=v[E];if(Array.isArray(M))for(let I=0,A=M.length;I<A;I++)h(M[I],E,I,S);else h(M,E,0,S)}s.bindBuffer(s.UNIFORM_BUFFER,null)}function h(x,b,v,S){if(d(x,b,v,S)===!0){let E=x.__offset,_=x.value;if(Array.isArray(_)){let M=0;for(let I=0;I<_.length;I++){let A=_[I],P=y(A,!0);u(A,x.__data,M),M+=P.storage/Float32Array.BYTES_PER_ELEMENT}}else u(_,x.__data,0);s.bufferSubData(s.UNIFORM_BUFFER,E,x.__data)}}function u(x,b,v){typeof x=="number"||typeof x=="boolean"?b[v]=x:x.isMatrix3?(b[v]=x.elements[0],b[v+1]=x.elements[1],b[v+2]=x.elements[2],b[v+3]=0,b[v+4]=x.elements[3],b[v+5]=x.elements[4],b[v+6]=x.elements[5],b[v+7]=0,b[v+8]=x.elements[6],b[v+9]=x.elements[7],b[v+10]=x.elements[8],b[v+11]=0):ArrayBuffer.isView(x)?b.set(x.subarray(0,b.length-v),v):x.toArray(b,v)}function d(x,b,v,S){let E=x.value,_=b+"_"+v;if(Array.isArray(E)){S[_]===void 0&&(S[_]=[]);let M=S[_],I=!1;for(let A=0;A<E.length;A++)f(E[A],M,A)===!0&&(I=!0);return I}return f(E,S,_)}function f(x,b,v){if(b[v]===void 0)return typeof x=="number"||typeof x=="boolean"?b[v]=x:ArrayBuffer.isView(x)?b[v]=x.slice():b[v]=x.clone(),!0;{let S=b[v];if(typeof x=="number"||typeof x=="boolean"){if(S!==x)return b[v]=x,!0}else{if(ArrayBuffer.isView(x))return!0;if(S.equals(x)===!1)return S.copy(x),!0}}return!1}function p(x){let b=x.uniforms,v=0,S=16;for(let _=0,M=b.length;_<M;_++){let I=Array.isArray(b[_])?b[_]:[b[_]];for(let A=0,P=I.length;A<P;A++){let L=I[A],F=Array.isArray(L.value)?L.value:[L.value],D=Array.isArray(b[_])||Array.isArray(L.value),k=v;for(let W=0,et=F.length;W<et;W++){let q=F[W],Q=y(q,D),tt=v%S,vt=tt%Q.boundary,Dt=tt+vt;v+=vt,Dt!==0&&S-Dt<Q.storage&&(v+=S-Dt),W===0&&(k=v),v+=Q.storage}let G=L.type==="int"?Int32Array:L.type==="uint"?Uint32Array:Float32Array;L.__data=new G((v-k)/Float32Array.BYTES_PER_ELEMENT),L.__offset=k}}let E=v%S;return E>0&&(v+=S-E),x.__size=v,x.__cache={},this}function y(x,b){let v={boundary:0,storage:0};return typeof x=="number"||typeof x=="boolean"?(v.boundary=4,v.storage=4):x.isVector2?(v.boundary=8,v.storage=8):x.isVector3||x.isColor?(v.boundary=16,v.storage=12):x.isVector4?(v.boundary=16,v.storage=16):x.isMatrix3?(v.boundary=16,v.storage=48):x.isMatrix4?(v.boundary=16,v.storage=64):x.isTexture?Rt("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(x)?(v.boundary=16,v.storage=x.byteLength):Rt("WebGLRenderer: Unsupported uniform value type.",x),b===!0&&(v.boundary=16,v.storage=Math.ceil(v.storage/16)*16),v}function g(x){let b=x.target;b.removeEventListener("dispose",g),s.deleteBuffer(i[b.id]),delete i[b.id],delete r[b.id]}function m(){for(let x in i)s.deleteBuffer(i[x]);i={},r={}}return{bind:o,update:a,dispose:m}}var zb=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),hi=null;function Hb(){return hi===null&&(hi=new Bi(zb,16,16,Wi,jn),hi.name="DFG_LUT",hi.minFilter=un,hi.magFilter=un,hi.wrapS=ai,hi.wrapT=ai,hi.generateMipmaps=!1,hi.needsUpdate=!0),hi}var Sc=class{constructor(t={}){let{canvas:e=Ip(),context:n=null,depth:i=!0,stencil:r=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:h="default",failIfMajorPerformanceCaveat:u=!1,reversedDepthBuffer:d=!1,outputBufferType:f=bn}=t;this.isWebGLRenderer=!0;let p;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");p=n.getContextAttributes().alpha}else p=o;let y=f,g=new Set([kl,Bl,yo]),m=new Set([bn,kn,ar,ds,Ul,Fl]),x=new Uint32Array(4),b=new Int32Array(4),v={textures:[],min:[],max:[],resolution:[]},S=null,E=null,_=[],M=[],I=null;this.domElement=e,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=ci,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let A=this,P=!1,L=null,F=null,D=null,k=null;this._outputColorSpace=Be;let G=0,W=0,et=null,q=-1,Q=null,tt=new xe,vt=new xe,Dt=null,J=new Nt(0),ut=0,yt=e.width,At=e.height,gt=1,Bt=null,Se=null,Ct=new xe(0,0,yt,At),Kt=new xe(0,0,yt,At),ce=!1,Yt=new wi,ze=new to,Re=!1,_n=!1,ve=new It,ni=new R,Ne=new xe,In={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},Ln=!1;function Dn(){return et===null?gt:1}let B=n;function Nn(T,U){return e.getContext(T,U)}let me,ge,pt,Ce,Pt,kt,C,w,H,nt,j,ot,dt,Z,$,lt,N,K,Y,ct,rt,at,Et;try{let T={alpha:!0,depth:i,stencil:r,antialias:a,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:h,failIfMajorPerformanceCaveat:u};if("setAttribute"in e&&e.setAttribute("data-engine",`three.js r${"187"}`),e.addEventListener("webglcontextlost",Tt,!1),e.addEventListener("webglcontextrestored",Ht,!1),e.addEventListener("webglcontextcreationerror",_t,!1),B===null){let U="webgl2";if(B=Nn(U,T),B===null)throw Nn(U)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Vt()}catch(T){throw e.removeEventListener("webglcontextlost",Tt,!1),e.removeEventListener("webglcontextrestored",Ht,!1),e.removeEventListener("webglcontextcreationerror",_t,!1),Lt("WebGLRenderer: "+T.message),T}function Vt(){me=new jy(B),me.init(),rt=new Nb(B,me),ge=new Hy(B,me,t,rt),pt=new Lb(B,me),ge.reversedDepthBuffer&&d&&pt.buffers.depth.setReversed(!0),F=B.createFramebuffer(),D=B.createFramebuffer(),k=B.createFramebuffer(),Ce=new ev(B),Pt=new xb,kt=new Db(B,me,pt,Pt,ge,rt,Ce),C=new Ky(A),w=new i0(B),at=new ky(B,w),H=new Qy(B,w,Ce,at),nt=new iv(B,H,w,at,Ce),K=new nv(B,ge,kt),$=new Vy(Pt),j=new _b(A,C,me,ge,at,$),ot=new Bb(A,Pt),dt=new vb,Z=new Tb(me),N=new By(A,C,pt,nt,p,l),lt=new Ib(A,nt,ge),Et=new kb(B,Ce,ge,pt),Y=new zy(B,me,Ce),ct=new tv(B,me,Ce),Ce.programs=j.programs,A.capabilities=ge,A.extensions=me,A.properties=Pt,A.renderLists=dt,A.shadowMap=lt,A.state=pt,A.info=Ce}y!==bn&&(I=new rv(y,e.width,e.height,a,i,r));let it=new sd(A,B);this.xr=it,this.getContext=function(){return B},this.getContextAttributes=function(){return B.getContextAttributes()},this.forceContextLoss=function(){let T=me.get("WEBGL_lose_context");T&&T.loseContext()},this.forceContextRestore=function(){let T=me.get("WEBGL_lose_context");T&&T.restoreContext()},this.getPixelRatio=function(){return gt},this.setPixelRatio=function(T){T!==void 0&&(gt=T,this.setSize(yt,At,!1))},this.getSize=function(T){return T.set(yt,At)},this.setSize=function(T,U,X=!0){if(it.isPresenting){Rt("WebGLRenderer: Can't change size while VR device is presenting.");return}yt=T,At=U,e.width=Math.floor(T*gt),e.height=Math.floor(U*gt),X===!0&&(e.style.width=T+"px",e.style.height=U+"px"),I!==null&&I.setSize(e.width,e.height),this.setViewport(0,0,T,U)},this.getDrawingBufferSize=function(T){return T.set(yt*gt,At*gt).floor()},this.setDrawingBufferSize=function(T,U,X){yt=T,At=U,gt=X,e.width=Math.floor(T*X),e.height=Math.floor(U*X),this.setViewport(0,0,T,U)},this.setEffects=function(T){if(y===bn){Lt("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(T){for(let U=0;U<T.length;U++)if(T[U].isOutputPass===!0){Rt("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}I.setEffects(T||[])},this.getCurrentViewport=function(T){return T.copy(tt)},this.getViewport=function(T){return T.copy(Ct)},this.setViewport=function(T,U,X,z){T.isVector4?Ct.set(T.x,T.y,T.z,T.w):Ct.set(T,U,X,z),pt.viewport(tt.copy(Ct).multiplyScalar(Dn()).round())},this.getScissor=function(T){return T.copy(Kt)},this.setScissor=function(T,U,X,z){T.isVector4?Kt.set(T.x,T.y,T.z,T.w):Kt.set(T,U,X,z),pt.scissor(vt.copy(Kt).multiplyScalar(Dn()).round())},this.getScissorTest=function(){return ce},this.setScissorTest=function(T){pt.setScissorTest(ce=T)},this.setOpaqueSort=function(T){Bt=T},this.setTransparentSort=function(T){Se=T},this.getClearColor=function(T){return T.copy(N.getClearColor())},this.setClearColor=function(){N.setClearColor(...arguments)},this.getClearAlpha=function(){return N.getClearAlpha()},this.setClearAlpha=function(){N.setClearAlpha(...arguments)},this.clear=function(T=!0,U=!0,X=!0){let z=0;if(T){let V=!1;if(et!==null){let ft=et.texture.format;V=g.has(ft)}if(V){let ft=et.texture.type,bt=m.has(ft),ht=N.getClearColor(),xt=N.getClearAlpha(),wt=ht.r,zt=ht.g,Zt=ht.b;bt?(x[0]=wt,x[1]=zt,x[2]=Zt,x[3]=xt,B.clearBufferuiv(B.COLOR,0,x)):(b[0]=wt,b[1]=zt,b[2]=Zt,b[3]=xt,B.clearBufferiv(B.COLOR,0,b))}else z|=B.COLOR_BUFFER_BIT}U&&(z|=B.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),X&&(z|=B.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),z!==0&&B.clear(z)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(T){T.setRenderer(this),L=T},this.dispose=function(){e.removeEventListener("webglcontextlost",Tt,!1),e.removeEventListener("webglcontextrestored",Ht,!1),e.removeEventListener("webglcontextcreationerror",_t,!1),N.dispose(),dt.dispose(),Z.dispose(),kt.dispose(),Pt.dispose(),C.dispose(),nt.dispose(),H.dispose(),at.dispose(),Et.dispose(),j.dispose(),it.dispose(),it.removeEventListener("sessionstart",Ud),it.removeEventListener("sessionend",Fd),Ki.stop()};function Tt(T){T.preventDefault(),$r("WebGLRenderer: Context Lost."),P=!0}function Ht(){$r("WebGLRenderer: Context Restored."),P=!1;let T=Ce.autoReset,U=lt.enabled,X=lt.autoUpdate,z=lt.needsUpdate,V=lt.type;Vt(),Ce.autoReset=T,lt.enabled=U,lt.autoUpdate=X,lt.needsUpdate=z,lt.type=V}function _t(T){Lt("WebGLRenderer: A WebGL context could not be created. Reason: ",T.statusMessage)}function ae(T){let U=T.target;U.removeEventListener("dispose",ae),Ue(U)}function Ue(T){Pi(T),Pt.remove(T)}function Pi(T){let U=Pt.get(T).programs;U!==void 0&&(U.forEach(function(X){j.releaseProgram(X)}),T.isShaderMaterial&&j.releaseShaderCache(T))}this.renderBufferDirect=function(T,U,X,z,V,ft){U===null&&(U=In);let bt=V.isMesh&&V.matrixWorld.determinantAffine()<0,ht=Cg(T,U,X,z,V);pt.setMaterial(z,bt);let xt=X.index,wt=1;if(z.wireframe===!0){if(xt=H.getWireframeAttribute(X),xt===void 0)return;wt=2}let zt=X.drawRange,Zt=X.attributes.position,St=zt.start*wt,$t=(zt.start+zt.count)*wt;ft!==null&&(St=Math.max(St,ft.start*wt),$t=Math.min($t,(ft.start+ft.count)*wt)),xt!==null?(St=Math.max(St,0),$t=Math.min($t,xt.count)):Zt!=null&&(St=Math.max(St,0),$t=Math.min($t,Zt.count));let Te=$t-St;if(Te<0||Te===1/0)return;at.setup(V,z,ht,X,xt);let fe,he=Y;if(xt!==null&&(fe=w.get(xt),he=ct,he.setIndex(fe)),V.isMesh)z.wireframe===!0?(pt.setLineWidth(z.wireframeLinewidth*Dn()),he.setMode(B.LINES)):he.setMode(B.TRIANGLES);else if(V.isLine){let $e=z.linewidth;$e===void 0&&($e=1),pt.setLineWidth($e*Dn()),V.isLineSegments?he.setMode(B.LINES):V.isLineLoop?he.setMode(B.LINE_LOOP):he.setMode(B.LINE_STRIP)}else V.isPoints?he.setMode(B.POINTS):V.isSprite&&he.setMode(B.TRIANGLES);if(V.isBatchedMesh)if(me.get("WEBGL_multi_draw"))he.renderMultiDraw(V._multiDrawStarts,V._multiDrawCounts,V._multiDrawCount);else{let $e=V._multiDrawStarts,Mt=V._multiDrawCounts,an=V._multiDrawCount,ee=xt?w.get(xt).bytesPerElement:1,ji=Pt.get(z).currentProgram.getUniforms();for(let Je=0;Je<an;Je++)ji.setValue(B,"_gl_DrawID",Je),he.render($e[Je]/ee,Mt[Je])}else if(V.isInstancedMesh)he.renderInstances(St,Te,V.count);else if(X.isInstancedBufferGeometry){let $e=X._maxInstanceCount!==void 0?X._maxInstanceCount:1/0,Mt=Math.min(X.instanceCount,$e);he.renderInstances(St,Te,Mt)}else he.render(St,Te)};function Nd(T,U,X,z){L!==null&&T.isNodeMaterial&&L.setObject(z,T),Re===!0&&$.setState(T,X,!1),T.transparent===!0&&T.side===sn&&T.forceSinglePass===!1?(T.side=Xe,T.needsUpdate=!0,Ar(T,U,z),T.side=Kn,T.needsUpdate=!0,Ar(T,U,z),T.side=sn):Ar(T,U,z)}this.compile=function(T,U,X=null){X===null&&(X=T),L!==null&&L.renderStart(T,U,X),E=Z.get(X),E.init(U),M.push(E),X.traverseVisible(function(V){V.isLight&&V.layers.test(U.layers)&&(E.pushLight(V),V.castShadow&&E.pushShadow(V))}),T!==X&&T.traverseVisible(function(V){V.isLight&&V.layers.test(U.layers)&&(E.pushLight(V),V.castShadow&&E.pushShadow(V))}),E.setupLights(),L!==null&&L.updateLights(E.state.lightsArray),_n=this.localClippingEnabled,Re=$.init(this.clippingPlanes,_n),Re===!0&&$.setGlobalState(this.clippingPlanes,U),L!==null&&lt.render(E.state.shadowsArray,X,U);let z=new Set;return T.traverse(function(V){if(!(V.isMesh||V.isPoints||V.isLine||V.isSprite))return;let ft=V.material;if(ft)if(Array.isArray(ft))for(let bt=0;bt<ft.length;bt++){let ht=ft[bt];Nd(ht,X,U,V),z.add(ht)}else Nd(ft,X,U,V),z.add(ft)}),E=M.pop(),L!==null&&L.renderEnd(),z},this.compileAsync=function(T,U,X=null){let z=this.compile(T,U,X);return new Promise(V=>{function ft(){if(z.forEach(function(bt){let xt=Pt.get(bt).currentProgram;(xt===void 0||xt.isReady())&&z.delete(bt)}),z.size===0){V(T);return}setTimeout(ft,10)}me.get("KHR_parallel_shader_compile")!==null?ft():setTimeout(ft,10)})};let gh=null;function Ag(T){gh&&gh(T)}function Ud(){Ki.stop()}function Fd(){Ki.start()}let Ki=new om;Ki.setAnimationLoop(Ag),typeof self<"u"&&Ki.setContext(self),this.setAnimationLoop=function(T){gh=T,it.setAnimationLoop(T),T===null?Ki.stop():Ki.start()},it.addEventListener("sessionstart",Ud),it.addEventListener("sessionend",Fd),this.render=function(T,U){if(U!==void 0&&U.isCamera!==!0){Lt("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(P===!0)return;L!==null&&L.renderStart(T,U);let X=it.enabled===!0&&it.isPresenting===!0,z=I!==null&&(et===null||X)&&I.begin(A,et);if(T.matrixWorldAutoUpdate===!0&&T.updateMatrixWorld(),U.parent===null&&U.matrixWorldAutoUpdate===!0&&U.updateMatrixWorld(),it.enabled===!0&&it.isPresenting===!0&&(I===null||I.isCompositing()===!1)&&(it.cameraAutoUpdate===!0&&it.updateCamera(U),U=it.getCamera()),T.isScene===!0&&T.onBeforeRender(A,T,U,et),E=Z.get(T,M.length),E.init(U),E.state.textureUnits=kt.getTextureUnits(),M.push(E),ve.multiplyMatrices(U.projectionMatrix,U.matrixWorldInverse),U.isArrayCamera?ze.setFromArrayCamera(U):Yt.setFromProjectionMatrix(ve,Fn,U.reversedDepth),_n=this.localClippingEnabled,Re=$.init(this.clippingPlanes,_n),S=dt.get(T,_.length),S.init(),_.push(S),this.info.render.frame++,it.enabled===!0&&it.isPresenting===!0){let bt=A.xr.getDepthSensingMesh();bt!==null&&_h(bt,U,-1/0,A.sortObjects)}_h(T,U,0,A.sortObjects),S.finish(),L!==null&&L.updateLights(E.state.lightsArray),A.sortObjects===!0&&S.sort(Bt,Se),Ln=it.enabled===!1||it.isPresenting===!1||it.hasDepthSensing()===!1,Ln&&N.addToRenderList(S,T),this.info.autoReset===!0&&this.info.reset(),Re===!0&&$.beginShadows();let V=E.state.shadowsArray;if(lt.render(V,T,U),Re===!0&&$.endShadows(),(z&&I.hasRenderPass())===!1){let bt=S.opaque,ht=S.transmissive;if(E.setupLights(),U.isArrayCamera){let xt=U.cameras;if(ht.length>0)for(let wt=0,zt=xt.length;wt<zt;wt++){let Zt=xt[wt];Bd(bt,ht,T,Zt)}Ln&&N.render(T);for(let wt=0,zt=xt.length;wt<zt;wt++){let Zt=xt[wt];Od(S,T,Zt,Zt.viewport)}}else ht.length>0&&Bd(bt,ht,T,U),Ln&&N.render(T),Od(S,T,U)}et!==null&&W===0&&(kt.updateMultisampleRenderTarget(et),kt.updateRenderTargetMipmap(et)),z&&I.end(A),T.isScene===!0&&T.onAfterRender(A,T,U),at.resetDefaultState(),q=-1,Q=null,M.pop(),M.length>0?(E=M[M.length-1],kt.setTextureUnits(E.state.textureUnits),Re===!0&&$.setGlobalState(A.clippingPlanes,E.state.camera)):E=null,_.pop(),_.length>0?S=_[_.length-1]:S=null,L!==null&&L.renderEnd()};function _h(T,U,X,z){if(T.visible===!1)return;if(T.layers.test(U.layers)){if(T.isGroup)X=T.renderOrder;else if(T.isLOD)T.autoUpdate===!0&&T.update(U);else if(T.isLight)E.pushLight(T),T.castShadow&&E.pushShadow(T);else if(T.isSprite){let bt=U.isArrayCamera?ze:Yt;if(!T.frustumCulled||T.intersectsFrustum(bt)){z&&Ne.setFromMatrixPosition(T.matrixWorld).applyMatrix4(ve);let ht=nt.update(T),xt=T.material;xt.visible&&S.push(T,ht,xt,X,Ne.z,null,U)}}else if(T.isMesh||T.isLine||T.isPoints){let bt=U.isArrayCamera?ze:Yt;if(!T.frustumCulled||T.intersectsFrustum(bt)){let ht=nt.update(T),xt=T.material;if(z&&(T.boundingSphere!==void 0?(T.boundingSphere===null&&T.computeBoundingSphere(),Ne.copy(T.boundingSphere.center)):(ht.boundingSphere===null&&ht.computeBoundingSphere(),Ne.copy(ht.boundingSphere.center)),Ne.applyMatrix4(T.matrixWorld).applyMatrix4(ve)),Array.isArray(xt)){let wt=ht.groups;for(let zt=0,Zt=wt.length;zt<Zt;zt++){let St=wt[zt],$t=xt[St.materialIndex];$t&&$t.visible&&S.push(T,ht,$t,X,Ne.z,St,U)}}else xt.visible&&S.push(T,ht,xt,X,Ne.z,null,U)}}}let ft=T.children;for(let bt=0,ht=ft.length;bt<ht;bt++)_h(ft[bt],U,X,z)}function Od(T,U,X,z){let{opaque:V,transmissive:ft,transparent:bt}=T;E.setupLightsView(X),Re===!0&&$.setGlobalState(A.clippingPlanes,X),z&&pt.viewport(tt.copy(z)),V.length>0&&Vo(V,U,X),ft.length>0&&Vo(ft,U,X),bt.length>0&&Vo(bt,U,X),pt.buffers.depth.setTest(!0),pt.buffers.depth.setMask(!0),pt.buffers.color.setMask(!0),pt.setPolygonOffset(!1)}function Bd(T,U,X,z){if((X.isScene===!0?X.overrideMaterial:null)!==null)return;if(E.state.transmissionRenderTarget[z.id]===void 0){let St=me.has("EXT_color_buffer_half_float")||me.has("EXT_color_buffer_float");E.state.transmissionRenderTarget[z.id]=new fn(1,1,{generateMipmaps:!0,type:St?jn:bn,minFilter:Ti,samples:Math.max(4,ge.samples),stencilBuffer:r,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Xt.workingColorSpace})}let ft=E.state.transmissionRenderTarget[z.id],bt=z.viewport||tt;ft.setSize(bt.z*A.transmissionResolutionScale,bt.w*A.transmissionResolutionScale);let ht=A.getRenderTarget(),xt=A.getActiveCubeFace(),wt=A.getActiveMipmapLevel();A.setRenderTarget(ft),A.getClearColor(J),ut=A.getClearAlpha(),ut<1&&A.setClearColor(16777215,.5),A.clear(),Ln&&N.render(X);let zt=A.toneMapping;A.toneMapping=ci;let Zt=z.viewport;if(z.viewport!==void 0&&(z.viewport=void 0),E.setupLightsView(z),Re===!0&&$.setGlobalState(A.clippingPlanes,z),Vo(T,X,z),kt.updateMultisampleRenderTarget(ft),kt.updateRenderTargetMipmap(ft),me.has("WEBGL_multisampled_render_to_texture")===!1){let St=!1;for(let $t=0,Te=U.length;$t<Te;$t++){let fe=U[$t],{object:he,geometry:$e,material:Mt,group:an}=fe;if(Mt.side===sn&&he.layers.test(z.layers)){let ee=Mt.side;Mt.side=Xe,Mt.needsUpdate=!0,kd(he,X,z,$e,Mt,an),Mt.side=ee,Mt.needsUpdate=!0,St=!0}}St===!0&&(kt.updateMultisampleRenderTarget(ft),kt.updateRenderTargetMipmap(ft))}A.setRenderTarget(ht,xt,wt),A.setClearColor(J,ut),Zt!==void 0&&(z.viewport=Zt),A.toneMapping=zt}function Vo(T,U,X){let z=U.isScene===!0?U.overrideMaterial:null;for(let V=0,ft=T.length;V<ft;V++){let bt=T[V],{object:ht,geometry:xt,group:wt}=bt,zt=bt.material;zt.allowOverride===!0&&z!==null&&(zt=z),ht.layers.test(X.layers)&&kd(ht,U,X,xt,zt,wt)}}function kd(T,U,X,z,V,ft){L!==null&&V.isNodeMaterial&&L.setObject(T,V),T.onBeforeRender(A,U,X,z,V,ft),T.modelViewMatrix.multiplyMatrices(X.matrixWorldInverse,T.matrixWorld),T.normalMatrix.getNormalMatrix(T.modelViewMatrix),V.onBeforeRender(A,U,X,z,T,ft),V.transparent===!0&&V.side===sn&&V.forceSinglePass===!1?(V.side=Xe,V.needsUpdate=!0,A.renderBufferDirect(X,U,z,V,T,ft),V.side=Kn,V.needsUpdate=!0,A.renderBufferDirect(X,U,z,V,T,ft),V.side=sn):A.renderBufferDirect(X,U,z,V,T,ft),T.onAfterRender(A,U,X,z,V,ft)}function zd(T){let U=0;for(let X of T)X.texture!==null&&U++;return U}function Ar(T,U,X){U.isScene!==!0&&(U=In);let z=Pt.get(T),V=E.state.lights,ft=E.state.shadowsArray,bt=V.state.version,ht=j.getParameters(T,V.state,ft,U,X,E.state.lightProbeGridArray),xt=j.getProgramCacheKey(ht),wt=z.programs;z.environment=T.isMeshStandardMaterial||T.isMeshLambertMaterial||T.isMeshPhongMaterial?U.environment:null,z.fog=U.fog;let zt=T.isMeshStandardMaterial||T.isMeshLambertMaterial&&!T.envMap||T.isMeshPhongMaterial&&!T.envMap;z.envMap=C.get(T.envMap||z.environment,zt),z.envMapRotation=z.environment!==null&&T.envMap===null?U.environmentRotation:T.envMapRotation,wt===void 0&&(T.addEventListener("dispose",ae),wt=new Map,z.programs=wt,z.programVariants=new Map);let Zt=wt.get(xt);if(Zt!==void 0){if(z.currentProgram===Zt&&z.lightsStateVersion===bt)return Vd(T,ht),Zt}else ht.uniforms=j.getUniforms(T),L!==null&&T.isNodeMaterial&&L.build(T,X,ht),T.onBeforeCompile(ht,A),Zt=j.acquireProgram(ht,xt),wt.set(xt,Zt),z.uniforms=ht.uniforms;let St=z.uniforms;return(!T.isShaderMaterial&&!T.isRawShaderMaterial||T.clipping===!0)&&(St.clippingPlanes=$.uniform),Vd(T,ht),z.needsLights=Ig(T),z.lightsStateVersion=bt,z.needsLights&&(St.ambientLightColor.value=V.state.ambient,St.lightProbe.value=V.state.probe,St.sunLights.value=V.state.sun,St.sunLightShadows.value=V.state.sunShadow,St.directionalLights.value=V.state.directional,St.directionalLightShadows.value=V.state.directionalShadow,St.spotLights.value=V.state.spot,St.spotLightShadows.value=V.state.spotShadow,St.rectAreaLights.value=V.state.rectArea,St.ltc_1.value=V.state.rectAreaLTC1,St.ltc_2.value=V.state.rectAreaLTC2,St.pointLights.value=V.state.point,St.pointLightShadows.value=V.state.pointShadow,St.hemisphereLights.value=V.state.hemi,St.sunShadowMatrix.value=V.state.sunShadowMatrix,St.sunShadowCascade.value=V.state.sunShadowCascade,St.directionalShadowMatrix.value=V.state.directionalShadowMatrix,St.spotLightMatrix.value=V.state.spotLightMatrix,St.spotLightMap.value=V.state.spotLightMap,St.pointShadowMatrix.value=V.state.pointShadowMatrix),z.numLightProbeGrids=zd(E.state.lightProbeGridArray),z.currentProgram=Zt,z.uniformsList=null,Zt}function Rg(T,U,X,z,V){let ft=Pt.get(T),bt=ft.currentProgram.id+","+z+","+V,ht=ft.programVariants.get(bt);return ht===void 0?(ht=Ar(T,U,X),ft.programVariants.set(bt,ht)):(ft.currentProgram=ht,ft.uniformsList=null,ft.outputColorSpace=z,ft.toneMapping=V),ht}function Hd(T){if(T.uniformsList===null){let U=T.currentProgram.getUniforms();T.uniformsList=lr.seqWithValue(U.seq,T.uniforms)}return T.uniformsList}function Vd(T,U){let X=Pt.get(T);X.outputColorSpace=U.outputColorSpace,X.batching=U.batching,X.batchingColor=U.batchingColor,X.instancing=U.instancing,X.instancingColor=U.instancingColor,X.instancingMorph=U.instancingMorph,X.skinning=U.skinning,X.morphTargets=U.morphTargets,X.morphNormals=U.morphNormals,X.morphColors=U.morphColors,X.morphTargetsCount=U.morphTargetsCount,X.numClippingPlanes=U.numClippingPlanes,X.numIntersection=U.numClipIntersection,X.vertexAlphas=U.vertexAlphas,X.vertexTangents=U.vertexTangents,X.toneMapping=U.toneMapping}function Cg(T,U,X,z,V){U.isScene!==!0&&(U=In),kt.resetTextureUnits();let ft=U.fog,bt=z.isMeshStandardMaterial||z.isMeshLambertMaterial||z.isMeshPhongMaterial?U.environment:null,ht=et===null?A.outputColorSpace:et.isXRRenderTarget===!0?et.texture.colorSpace:Xt.workingColorSpace,xt=z.isMeshStandardMaterial||z.isMeshLambertMaterial&&!z.envMap||z.isMeshPhongMaterial&&!z.envMap,wt=C.get(z.envMap||bt,xt),zt=z.vertexColors===!0&&!!X.attributes.color&&X.attributes.color.itemSize===4,Zt=!!X.attributes.tangent&&(!!z.normalMap||z.anisotropy>0),St=!!X.morphAttributes.position,$t=!!X.morphAttributes.normal,Te=!!X.morphAttributes.color,fe=ci;z.toneMapped&&(et===null||et.isXRRenderTarget===!0)&&(fe=A.toneMapping);let he=X.morphAttributes.position||X.morphAttributes.normal||X.morphAttributes.color,$e=he!==void 0?he.length:0,Mt=Pt.get(z),an=E.state.lights;if(Re===!0&&(_n===!0||T!==Q)){let be=T===Q&&z.id===q;$.setState(z,T,be)}let ee=!1,ji=!1;z.version===Mt.__version?Mt.needsLights&&Mt.lightsStateVersion!==an.state.version||V.isBatchedMesh&&Mt.batching===!1||!V.isBatchedMesh&&Mt.batching===!0||V.isBatchedMesh&&Mt.batchingColor===!0&&V._colorsTexture===null||V.isBatchedMesh&&Mt.batchingColor===!1&&V._colorsTexture!==null||V.isInstancedMesh&&Mt.instancing===!1||!V.isInstancedMesh&&Mt.instancing===!0||V.isSkinnedMesh&&Mt.skinning===!1||!V.isSkinnedMesh&&Mt.skinning===!0||V.isInstancedMesh&&Mt.instancingColor===!0&&V.instanceColor===null||V.isInstancedMesh&&Mt.instancingColor===!1&&V.instanceColor!==null||V.isInstancedMesh&&Mt.instancingMorph===!0&&V.morphTexture===null||V.isInstancedMesh&&Mt.instancingMorph===!1&&V.morphTexture!==null||Mt.envMap!==wt||z.fog===!0&&Mt.fog!==ft||Mt.numClippingPlanes!==void 0&&(Mt.numClippingPlanes!==$.numPlanes||Mt.numIntersection!==$.numIntersection)||Mt.vertexAlphas!==zt||Mt.vertexTangents!==Zt||Mt.morphTargets!==St||Mt.morphNormals!==$t||Mt.morphColors!==Te||Mt.morphTargetsCount!==$e||Mt.numLightProbeGrids!==zd(E.state.lightProbeGridArray)?ee=!0:(Mt.outputColorSpace!==ht||Mt.toneMapping!==fe)&&(ji=!0):(ee=!0,Mt.__version=z.version);let Je=Mt.currentProgram;(ee===!0||ji===!0)&&(Je=ji===!0?Rg(z,U,V,ht,fe):Ar(z,U,V),L&&z.isNodeMaterial&&L.onUpdateProgram(z,Je,Mt));let Go=!1,Ii=!1,Qi=!1,jt=Je.getUniforms(),He=Mt.uniforms;if(pt.useProgram(Je.program)&&(Go=!0,Ii=!0,Qi=!0),z.id!==q&&(q=z.id,Ii=!0),Go||Q!==T){pt.buffers.depth.getReversed()&&T.reversedDepth!==!0&&(T._reversedDepth=!0,T.updateProjectionMatrix()),jt.setValue(B,"projectionMatrix",T.projectionMatrix),jt.setValue(B,"viewMatrix",T.matrixWorldInverse);let Fe=jt.map.cameraPosition;Fe!==void 0&&Fe.setValue(B,ni.setFromMatrixPosition(T.matrixWorld)),ge.logarithmicDepthBuffer&&jt.setValue(B,"logDepthBufFC",2/(Math.log(T.far+1)/Math.LN2)),(z.isMeshPhongMaterial||z.isMeshToonMaterial||z.isMeshLambertMaterial||z.isMeshBasicMaterial||z.isMeshStandardMaterial||z.isShaderMaterial)&&jt.setValue(B,"isOrthographic",T.isOrthographicCamera===!0),Q!==T&&(Q=T,Ii=!0,Qi=!0)}if(Mt.needsLights&&(an.state.sunShadowMap.length>0&&jt.setValue(B,"sunShadowMap",an.state.sunShadowMap,kt),an.state.directionalShadowMap.length>0&&jt.setValue(B,"directionalShadowMap",an.state.directionalShadowMap,kt),an.state.spotShadowMap.length>0&&jt.setValue(B,"spotShadowMap",an.state.spotShadowMap,kt),an.state.pointShadowMap.length>0&&jt.setValue(B,"pointShadowMap",an.state.pointShadowMap,kt)),V.isSkinnedMesh){jt.setOptional(B,V,"bindMatrix"),jt.setOptional(B,V,"bindMatrixInverse");let be=V.skeleton;be&&(be.boneTexture===null&&be.computeBoneTexture(),jt.setValue(B,"boneTexture",be.boneTexture,kt))}V.isBatchedMesh&&(jt.setOptional(B,V,"batchingTexture"),jt.setValue(B,"batchingTexture",V._matricesTexture,kt),jt.setOptional(B,V,"batchingIdTexture"),jt.setValue(B,"batchingIdTexture",V._indirectTexture,kt),jt.setOptional(B,V,"batchingColorTexture"),V._colorsTexture!==null&&jt.setValue(B,"batchingColorTexture",V._colorsTexture,kt));let Hn=X.morphAttributes;if((Hn.position!==void 0||Hn.normal!==void 0||Hn.color!==void 0)&&K.update(V,X,Je),(Ii||Mt.receiveShadow!==V.receiveShadow)&&(Mt.receiveShadow=V.receiveShadow,jt.setValue(B,"receiveShadow",V.receiveShadow)),(z.isMeshStandardMaterial||z.isMeshLambertMaterial||z.isMeshPhongMaterial)&&z.envMap===null&&U.environment!==null&&(He.envMapIntensity.value=U.environmentIntensity),He.dfgLUT!==void 0&&(He.dfgLUT.value=Hb()),Ii){if(jt.setValue(B,"toneMappingExposure",A.toneMappingExposure),Mt.needsLights&&Pg(He,Qi),ft&&z.fog===!0&&ot.refreshFogUniforms(He,ft),ot.refreshMaterialUniforms(He,z,gt,At,E.state.transmissionRenderTarget[T.id]),Mt.needsLights&&Mt.numLightProbeGrids>0){let be=v,Fe=0;for(let pi of E.state.lightProbeGridArray)pi.texture!==null&&(be.textures[Fe]=pi.texture,be.min[Fe]=pi.boundingBox.min,be.max[Fe]=pi.boundingBox.max,be.resolution[Fe]=pi.resolution,Fe++);for(let pi in be)be[pi].length=Fe;He.probesSH.value=be.textures,He.probesMin.value=be.min,He.probesMax.value=be.max,He.probesResolution.value=be.resolution}lr.upload(B,Hd(Mt),He,kt)}if(z.isShaderMaterial&&z.uniformsNeedUpdate===!0&&(lr.upload(B,Hd(Mt),He,kt),z.uniformsNeedUpdate=!1),z.isSpriteMaterial&&jt.setValue(B,"center",V.center),jt.setValue(B,"modelViewMatrix",V.modelViewMatrix),jt.setValue(B,"normalMatrix",V.normalMatrix),jt.setValue(B,"modelMatrix",V.matrixWorld),z.uniformsGroups!==void 0){let be=z.uniformsGroups;for(let Fe=0,pi=be.length;Fe<pi;Fe++){let Wd=be[Fe];Et.update(Wd,Je),Et.bind(Wd,Je)}}return Je}function Pg(T,U){T.ambientLightColor.needsUpdate=U,T.lightProbe.needsUpdate=U,T.sunLights.needsUpdate=U,T.sunLightShadows.needsUpdate=U,T.directionalLights.needsUpdate=U,T.directionalLightShadows.needsUpdate=U,T.pointLights.needsUpdate=U,T.pointLightShadows.needsUpdate=U,T.spotLights.needsUpdate=U,T.spotLightShadows.needsUpdate=U,T.rectAreaLights.needsUpdate=U,T.hemisphereLights.needsUpdate=U}function Ig(T){return T.isMeshLambertMaterial||T.isMeshToonMaterial||T.isMeshPhongMaterial||T.isMeshStandardMaterial||T.isShadowMaterial||T.isShaderMaterial&&T.lights===!0}this.getActiveCubeFace=function(){return G},this.getActiveMipmapLevel=function(){return W},this.getRenderTarget=function(){return et},this.setRenderTargetTextures=function(T,U,X){let z=Pt.get(T);z.__autoAllocateDepthBuffer=T.resolveDepthBuffer===!1,z.__autoAllocateDepthBuffer===!1&&(z.__useRenderToTexture=!1),Pt.get(T.texture).__webglTexture=U,Pt.get(T.depthTexture).__webglTexture=z.__autoAllocateDepthBuffer?void 0:X,z.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(T,U){let X=Pt.get(T);X.__webglFramebuffer=U,X.__useDefaultFramebuffer=U===void 0},this.setRenderTarget=function(T,U=0,X=0){et=T,G=U,W=X;let z=null,V=!1,ft=!1;if(T){let ht=Pt.get(T);if(ht.__useDefaultFramebuffer!==void 0){pt.bindFramebuffer(B.FRAMEBUFFER,ht.__webglFramebuffer),tt.copy(T.viewport),vt.copy(T.scissor),Dt=T.scissorTest,pt.viewport(tt),pt.scissor(vt),pt.setScissorTest(Dt),q=-1;return}else if(ht.__webglFramebuffer===void 0)kt.setupRenderTarget(T);else if(ht.__hasExternalTextures)kt.rebindTextures(T,Pt.get(T.texture).__webglTexture,Pt.get(T.depthTexture).__webglTexture);else if(T.depthBuffer){let zt=T.depthTexture;if(ht.__boundDepthTexture!==zt){if(zt!==null&&Pt.has(zt)&&(T.width!==zt.image.width||T.height!==zt.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");kt.setupDepthRenderbuffer(T)}}let xt=T.texture;(xt.isData3DTexture||xt.isDataArrayTexture||xt.isCompressedArrayTexture)&&(ft=!0);let wt=Pt.get(T).__webglFramebuffer;T.isWebGLCubeRenderTarget?(Array.isArray(wt[U])?z=wt[U][X]:z=wt[U],V=!0):T.samples>0&&kt.useMultisampledRTT(T)===!1?z=Pt.get(T).__webglMultisampledFramebuffer:Array.isArray(wt)?z=wt[X]:z=wt,tt.copy(T.viewport),vt.copy(T.scissor),Dt=T.scissorTest}else tt.copy(Ct).multiplyScalar(gt).floor(),vt.copy(Kt).multiplyScalar(gt).floor(),Dt=ce;if(X!==0&&(z=F),pt.bindFramebuffer(B.FRAMEBUFFER,z)&&pt.drawBuffers(T,z),pt.viewport(tt),pt.scissor(vt),pt.setScissorTest(Dt),V){let ht=Pt.get(T.texture);B.framebufferTexture2D(B.FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_CUBE_MAP_POSITIVE_X+U,ht.__webglTexture,X)}else if(ft){let ht=U;for(let xt=0;xt<T.textures.length;xt++){let wt=Pt.get(T.textures[xt]);B.framebufferTextureLayer(B.FRAMEBUFFER,B.COLOR_ATTACHMENT0+xt,wt.__webglTexture,X,ht)}}else if(T!==null&&X!==0){let ht=Pt.get(T.texture);B.framebufferTexture2D(B.FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_2D,ht.__webglTexture,X)}q=-1};function Gd(T){let U=Pt.get(T);return(U.__readFormat!==T.format||U.__readType!==T.type)&&(U.__readFormat=T.format,U.__readType=T.type,U.__formatReadable=ge.textureFormatReadable(T.format),U.__typeReadable=ge.textureTypeReadable(T.type)),U}this.readRenderTargetPixels=function(T,U,X,z,V,ft,bt,ht=0){if(!(T&&T.isWebGLRenderTarget)){Lt("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let xt=Pt.get(T).__webglFramebuffer;if(T.isWebGLCubeRenderTarget&&bt!==void 0&&(xt=xt[bt],Array.isArray(xt)&&(xt=xt[0])),xt){pt.bindFramebuffer(B.FRAMEBUFFER,xt);try{let wt=T.textures[ht],zt=wt.format,Zt=wt.type;T.textures.length>1&&B.readBuffer(B.COLOR_ATTACHMENT0+ht);let St=Gd(wt);if(St.__formatReadable===!1){Lt("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(St.__typeReadable===!1){Lt("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}U>=0&&U<=T.width-z&&X>=0&&X<=T.height-V&&B.readPixels(U,X,z,V,rt.convert(zt),rt.convert(Zt),ft)}finally{let wt=et!==null?Pt.get(et).__webglFramebuffer:null;pt.bindFramebuffer(B.FRAMEBUFFER,wt)}}},this.readRenderTargetPixelsAsync=async function(T,U,X,z,V,ft,bt,ht=0){if(!(T&&T.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let xt=Pt.get(T).__webglFramebuffer;if(T.isWebGLCubeRenderTarget&&bt!==void 0&&(xt=xt[bt],Array.isArray(xt)&&(xt=xt[0])),xt)if(U>=0&&U<=T.width-z&&X>=0&&X<=T.height-V){pt.bindFramebuffer(B.FRAMEBUFFER,xt);let wt=T.textures[ht],zt=wt.format,Zt=wt.type;T.textures.length>1&&B.readBuffer(B.COLOR_ATTACHMENT0+ht);let St=Gd(wt);if(St.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(St.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let $t=B.createBuffer();B.bindBuffer(B.PIXEL_PACK_BUFFER,$t),B.bufferData(B.PIXEL_PACK_BUFFER,ft.byteLength,B.STREAM_READ),B.readPixels(U,X,z,V,rt.convert(zt),rt.convert(Zt),0),B.bindBuffer(B.PIXEL_PACK_BUFFER,null);let Te=et!==null?Pt.get(et).__webglFramebuffer:null;pt.bindFramebuffer(B.FRAMEBUFFER,Te);let fe=B.fenceSync(B.SYNC_GPU_COMMANDS_COMPLETE,0);return B.flush(),await Dp(B,fe,4),B.bindBuffer(B.PIXEL_PACK_BUFFER,$t),B.getBufferSubData(B.PIXEL_PACK_BUFFER,0,ft),B.bindBuffer(B.PIXEL_PACK_BUFFER,null),B.deleteBuffer($t),B.deleteSync(fe),ft}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(T,U=null,X=0){let z=Math.pow(2,-X),V=Math.floor(T.image.width*z),ft=Math.floor(T.image.height*z),bt=U!==null?U.x:0,ht=U!==null?U.y:0;kt.setTexture2D(T,0),B.copyTexSubImage2D(B.TEXTURE_2D,X,0,0,bt,ht,V,ft),pt.unbindTexture()},this.copyTextureToTexture=function(T,U,X=null,z=null,V=0,ft=0){let bt,ht,xt,wt,zt,Zt,St,$t,Te,fe=T.isCompressedTexture?T.mipmaps[ft]:T.image;if(X!==null)bt=X.max.x-X.min.x,ht=X.max.y-X.min.y,xt=X.isBox3?X.max.z-X.min.z:1,wt=X.min.x,zt=X.min.y,Zt=X.isBox3?X.min.z:0;else{let jt=Math.pow(2,-V);bt=Math.floor(fe.width*jt),ht=Math.floor(fe.height*jt),T.isDataArrayTexture?xt=fe.depth:T.isData3DTexture?xt=Math.floor(fe.depth*jt):xt=1,wt=0,zt=0,Zt=0}z!==null?(St=z.x,$t=z.y,Te=z.z):(St=0,$t=0,Te=0);let he=rt.convert(U.format),$e=rt.convert(U.type),Mt;U.isData3DTexture?(kt.setTexture3D(U,0),Mt=B.TEXTURE_3D):U.isDataArrayTexture||U.isCompressedArrayTexture?(kt.setTexture2DArray(U,0),Mt=B.TEXTURE_2D_ARRAY):(kt.setTexture2D(U,0),Mt=B.TEXTURE_2D),pt.activeTexture(B.TEXTURE0),pt.pixelStorei(B.UNPACK_FLIP_Y_WEBGL,U.flipY),pt.pixelStorei(B.UNPACK_PREMULTIPLY_ALPHA_WEBGL,U.premultiplyAlpha),pt.pixelStorei(B.UNPACK_ALIGNMENT,U.unpackAlignment);let an=pt.getParameter(B.UNPACK_ROW_LENGTH),ee=pt.getParameter(B.UNPACK_IMAGE_HEIGHT),ji=pt.getParameter(B.UNPACK_SKIP_PIXELS),Je=pt.getParameter(B.UNPACK_SKIP_ROWS),Go=pt.getParameter(B.UNPACK_SKIP_IMAGES);pt.pixelStorei(B.UNPACK_ROW_LENGTH,fe.width),pt.pixelStorei(B.UNPACK_IMAGE_HEIGHT,fe.height),pt.pixelStorei(B.UNPACK_SKIP_PIXELS,wt),pt.pixelStorei(B.UNPACK_SKIP_ROWS,zt),pt.pixelStorei(B.UNPACK_SKIP_IMAGES,Zt);let Ii=T.isDataArrayTexture||T.isData3DTexture,Qi=U.isDataArrayTexture||U.isData3DTexture;if(T.isDepthTexture){let jt=Pt.get(T),He=Pt.get(U),Hn=Pt.get(jt.__renderTarget),be=Pt.get(He.__renderTarget);pt.bindFramebuffer(B.READ_FRAMEBUFFER,Hn.__webglFramebuffer),pt.bindFramebuffer(B.DRAW_FRAMEBUFFER,be.__webglFramebuffer);for(let Fe=0;Fe<xt;Fe++)Ii&&(B.framebufferTextureLayer(B.READ_FRAMEBUFFER,B.COLOR_ATTACHMENT0,Pt.get(T).__webglTexture,V,Zt+Fe),B.framebufferTextureLayer(B.DRAW_FRAMEBUFFER,B.COLOR_ATTACHMENT0,Pt.get(U).__webglTexture,ft,Te+Fe)),B.blitFramebuffer(wt,zt,wt+bt,zt+ht,St,$t,St+bt,$t+ht,B.DEPTH_BUFFER_BIT,B.NEAREST);pt.bindFramebuffer(B.READ_FRAMEBUFFER,null),pt.bindFramebuffer(B.DRAW_FRAMEBUFFER,null)}else if(V!==0||T.isRenderTargetTexture||Pt.has(T)){let jt=Pt.get(T),He=Pt.get(U);pt.bindFramebuffer(B.READ_FRAMEBUFFER,D),pt.bindFramebuffer(B.DRAW_FRAMEBUFFER,k);for(let Hn=0;Hn<xt;Hn++)Ii?B.framebufferTextureLayer(B.READ_FRAMEBUFFER,B.COLOR_ATTACHMENT0,jt.__webglTexture,V,Zt+Hn):B.framebufferTexture2D(B.READ_FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_2D,jt.__webglTexture,V),Qi?B.framebufferTextureLayer(B.DRAW_FRAMEBUFFER,B.COLOR_ATTACHMENT0,He.__webglTexture,ft,Te+Hn):B.framebufferTexture2D(B.DRAW_FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_2D,He.__webglTexture,ft),V!==0?B.blitFramebuffer(wt,zt,wt+bt,zt+ht,St,$t,St+bt,$t+ht,B.COLOR_BUFFER_BIT,B.NEAREST):Qi?B.copyTexSubImage3D(Mt,ft,St,$t,Te+Hn,wt,zt,bt,ht):B.copyTexSubImage2D(Mt,ft,St,$t,wt,zt,bt,ht);pt.bindFramebuffer(B.READ_FRAMEBUFFER,null),pt.bindFramebuffer(B.DRAW_FRAMEBUFFER,null)}else Qi?T.isDataTexture||T.isData3DTexture?B.texSubImage3D(Mt,ft,St,$t,Te,bt,ht,xt,he,$e,fe.data):U.isCompressedArrayTexture?B.compressedTexSubImage3D(Mt,ft,St,$t,Te,bt,ht,xt,he,fe.data):B.texSubImage3D(Mt,ft,St,$t,Te,bt,ht,xt,he,$e,fe):T.isDataTexture?B.texSubImage2D(B.TEXTURE_2D,ft,St,$t,bt,ht,he,$e,fe.data):T.isCompressedTexture?B.compressedTexSubImage2D(B.TEXTURE_2D,ft,St,$t,fe.width,fe.height,he,fe.data):B.texSubImage2D(B.TEXTURE_2D,ft,St,$t,bt,ht,he,$e,fe);pt.pixelStorei(B.UNPACK_ROW_LENGTH,an),pt.pixelStorei(B.UNPACK_IMAGE_HEIGHT,ee),pt.pixelStorei(B.UNPACK_SKIP_PIXELS,ji),pt.pixelStorei(B.UNPACK_SKIP_ROWS,Je),pt.pixelStorei(B.UNPACK_SKIP_IMAGES,Go),ft===0&&U.generateMipmaps===!0&&U.mipmapsAutoUpdate===!0&&B.generateMipmap(Mt),pt.unbindTexture()},this.initRenderTarget=function(T){Pt.get(T).__webglFramebuffer===void 0&&kt.setupRenderTarget(T)},this.initTexture=function(T){T.isCubeTexture?kt.setTextureCube(T,0):T.isData3DTexture?kt.setTexture3D(T,0):T.isDataArrayTexture||T.isCompressedArrayTexture?kt.setTexture2DArray(T,0):kt.setTexture2D(T,0),pt.unbindTexture()},this.resetState=function(){G=0,W=0,et=null,pt.reset(),at.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return Fn}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(t){this._outputColorSpace=t;let e=this.getContext();e.drawingBufferColorSpace=Xt._getDrawingBufferColorSpace(t),e.unpackColorSpace=Xt._getUnpackColorSpace()}};var _m=24,xm=1.5,Vb=550,Ec=class{constructor({stage:t,wrap:e,views:n,initialView:i}){this.stage=t,this.camera=t.camera,this.controls=t.controls,this.wrap=e,this.views=n,this.current=n[i]?i:Object.keys(n)[0],this.center=new R,this.size=new R,this.tween=null,this.userMoved=!1,this.ready=!1,this.wholeBodyDistance=0,this.controls.addEventListener("start",()=>{this.userMoved=!0,this.tween=null})}viewDir(t){return new R(...this.views[t]||Object.values(this.views)[0])}setBounds(t){t.getCenter(this.center),t.getSize(this.size),this.measureWholeBody()}measureWholeBody(){this.wholeBodyDistance=this.viewPose("front").position.distanceTo(this.center)}zoom(){return this.wholeBodyDistance?this.camera.position.distanceTo(this.controls.target)/this.wholeBodyDistance:1}viewPose(t){let e=this.viewDir(t),n=this.size,i=n.y||170,r=(Math.abs(e.x)>0?n.z:n.x)||60,o=(Math.abs(e.x)>0?n.x:n.z)||30,a=this.fitDistance(i/2,r/2)*1.06+o/2;return{position:this.center.clone().addScaledVector(e,a),target:this.center.clone()}}fitDistance(t,e){let n=this.wrap.getBoundingClientRect(),i=n.width>0&&n.height>0?n.width/n.height:1,r=Math.tan(Qn.degToRad(this.camera.fov/2));return Math.max(t/r,e/(r*i))}framePose(t,e){if(!e.length)return null;let n=t.clone().normalize(),i=new R().crossVectors(this.camera.up,n).normalize(),r=new R().crossVectors(n,i),o=new R(1/0,1/0,1/0),a=o.clone().negate();for(let f of e){let p=new R(f.dot(i),f.dot(r),f.dot(n));o.min(p),a.max(p)}let l=o.clone().add(a).multiplyScalar(.5),c=i.clone().multiplyScalar(l.x).addScaledVector(r,l.y).addScaledVector(n,l.z),h=Math.max(_m,(a.x-o.x)/2*xm),u=Math.max(_m,(a.y-o.y)/2*xm),d=this.fitDistance(u,h)+(a.z-l.z);return{position:c.clone().addScaledVector(n,d),target:c}}nearestView(t){let e=-1/0,n=this.current;for(let i of Object.keys(this.views)){let r=this.viewDir(i).dot(t);r>e&&(e=r,n=i)}return n}lookDir(){return this.camera.position.clone().sub(this.controls.target).normalize()}glideTo(t,e){if(this.userMoved=!1,!e||!this.ready)this.tween=null,this.camera.position.copy(t.position),this.controls.target.copy(t.target),this.camera.up.set(0,1,0),this.controls.update();else{let n=this.camera.position.clone().sub(this.controls.target),i=t.position.clone().sub(t.target),r={t0:performance.now(),s0:new Jn().setFromVector3(n),s1:new Jn().setFromVector3(i),c0:this.controls.target.clone(),c1:t.target.clone()},o=r.s1.theta-r.s0.theta;for(;o>Math.PI;)o-=2*Math.PI;for(;o<-Math.PI;)o+=2*Math.PI;r.s1.theta=r.s0.theta+o,this.tween=r}this.stage.requestRender()}step(t){let e=this.tween;if(!e)return!1;let n=Math.min(1,(t-e.t0)/Vb),i=n<.5?2*n*n:1-Math.pow(-2*n+2,2)/2,r=new Jn(e.s0.radius+(e.s1.radius-e.s0.radius)*i,e.s0.phi+(e.s1.phi-e.s0.phi)*i,e.s0.theta+(e.s1.theta-e.s0.theta)*i);return this.controls.target.lerpVectors(e.c0,e.c1,i),this.camera.position.setFromSpherical(r).add(this.controls.target),this.camera.lookAt(this.controls.target),n>=1&&(this.tween=null),this.tween!==null}rotateBy(t,e){let n=this.camera.position.clone().sub(this.controls.target),i=new Jn().setFromVector3(n);i.theta+=t,i.phi=Math.min(Math.PI-.05,Math.max(.05,i.phi+e)),this.camera.position.setFromSpherical(i).add(this.controls.target),this.camera.lookAt(this.controls.target),this.moved()}zoomBy(t){let e=this.camera.position.clone().sub(this.controls.target).multiplyScalar(t),n=Qn.clamp(e.length(),this.controls.minDistance,this.controls.maxDistance);this.camera.position.copy(this.controls.target).add(e.setLength(n)),this.moved()}moved(){this.userMoved=!0,this.controls.update(),this.stage.requestRender()}};var ym={type:"change"},od={type:"start"},bm={type:"end"},Tc=new Zn,vm=new Ve,Gb=Math.cos(70*Qn.DEG2RAD),De=new R,Sn=2*Math.PI,ne={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},rd=1e-6,Ac=class extends mo{constructor(t,e=null){super(t,e),this.state=ne.NONE,this.target=new R,this.cursor=new R,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:vn.ROTATE,MIDDLE:vn.DOLLY,RIGHT:vn.PAN},this.touches={ONE:Bn.ROTATE,TWO:Bn.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new R,this._lastQuaternion=new Tn,this._lastTargetPosition=new R,this._quat=new Tn().setFromUnitVectors(t.up,new R(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new Jn,this._sphericalDelta=new Jn,this._scale=1,this._panOffset=new R,this._rotateStart=new st,this._rotateEnd=new st,this._rotateDelta=new st,this._panStart=new st,this._panEnd=new st,this._panDelta=new st,this._dollyStart=new st,this._dollyEnd=new st,this._dollyDelta=new st,this._dollyDirection=new R,this._mouse=new st,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=Xb.bind(this),this._onPointerDown=Wb.bind(this),this._onPointerUp=qb.bind(this),this._onContextMenu=Qb.bind(this),this._onMouseWheel=$b.bind(this),this._onKeyDown=Jb.bind(this),this._onTouchStart=Kb.bind(this),this._onTouchMove=jb.bind(this),this._onMouseDown=Yb.bind(this),this._onMouseMove=Zb.bind(this),this._interceptControlDown=tS.bind(this),this._interceptControlUp=eS.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(t){this._cursorStyle=t,t==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(t){super.connect(t),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=ne.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(t){t.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=t}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(ym),this.update(),this.state=ne.NONE}pan(t,e){this._pan(t,e),this.update()}dollyIn(t){this._dollyIn(t),this.update()}dollyOut(t){this._dollyOut(t),this.update()}rotateLeft(t){this._rotateLeft(t),this.update()}rotateUp(t){this._rotateUp(t),this.update()}update(t=null){let e=this.object.position;De.copy(e).sub(this.target),De.applyQuaternion(this._quat),this._spherical.setFromVector3(De),this.autoRotate&&this.state===ne.NONE&&this._rotateLeft(this._getAutoRotationAngle(t)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let n=this.minAzimuthAngle,i=this.maxAzimuthAngle;isFinite(n)&&isFinite(i)&&(n<-Math.PI?n+=Sn:n>Math.PI&&(n-=Sn),i<-Math.PI?i+=Sn:i>Math.PI&&(i-=Sn),n<=i?this._spherical.theta=Math.max(n,Math.min(i,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(n+i)/2?Math.max(n,this._spherical.theta):Math.min(i,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let r=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let o=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),r=o!=this._spherical.radius}if(De.setFromSpherical(this._spherical),De.applyQuaternion(this._quatInverse),e.copy(this.target).add(De),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let o=null;if(this.object.isPerspectiveCamera){let a=De.length();o=this._clampDistance(a*this._scale);let l=a-o;this.object.position.addScaledVector(this._dollyDirection,l),this.object.updateMatrixWorld(),r=!!l}else if(this.object.isOrthographicCamera){let a=new R(this._mouse.x,this._mouse.y,0);a.unproject(this.object);let l=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),r=l!==this.object.zoom;let c=new R(this._mouse.x,this._mouse.y,0);c.unproject(this.object),this.object.position.sub(c).add(a),this.object.updateMatrixWorld(),o=De.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;o!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(o).add(this.object.position):(Tc.origin.copy(this.object.position),Tc.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(Tc.direction))<Gb?this.object.lookAt(this.target):(vm.setFromNormalAndCoplanarPoint(this.object.up,this.target),Tc.intersectPlane(vm,this.target))))}else if(this.object.isOrthographicCamera){let o=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),o!==this.object.zoom&&(this.object.updateProjectionMatrix(),r=!0)}return this._scale=1,this._performCursorZoom=!1,r||this._lastPosition.distanceToSquared(this.object.position)>rd||8*(1-this._lastQuaternion.dot(this.object.quaternion))>rd||this._lastTargetPosition.distanceToSquared(this.target)>rd?(this.dispatchEvent(ym),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(t){return t!==null?Sn/60*this.autoRotateSpeed*t:Sn/60/60*this.autoRotateSpeed}_getZoomScale(t){let e=Math.abs(t*.01);return Math.pow(.95,this.zoomSpeed*e)}_rotateLeft(t){this._sphericalDelta.theta-=t}_rotateUp(t){this._sphericalDelta.phi-=t}_panLeft(t,e){De.setFromMatrixColumn(e,0),De.multiplyScalar(-t),this._panOffset.add(De)}_panUp(t,e){this.screenSpacePanning===!0?De.setFromMatrixColumn(e,1):(De.setFromMatrixColumn(e,0),De.crossVectors(this.object.up,De)),De.multiplyScalar(t),this._panOffset.add(De)}_pan(t,e){let n=this.domElement;if(this.object.isPerspectiveCamera){let i=this.object.position;De.copy(i).sub(this.target);let r=De.length();r*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*t*r/n.clientHeight,this.object.matrix),this._panUp(2*e*r/n.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(t*(this.object.right-this.object.left)/this.object.zoom/n.clientWidth,this.object.matrix),this._panUp(e*(this.object.top-this.object.bottom)/this.object.zoom/n.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(t){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=t:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(t){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=t:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(t,e){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let n=this.domElement.getBoundingClientRect(),i=t-n.left,r=e-n.top,o=n.width,a=n.height;this._mouse.x=i/o*2-1,this._mouse.y=-(r/a)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(t){return Math.max(this.minDistance,Math.min(this.maxDistance,t))}_handleMouseDownRotate(t){this._rotateStart.set(t.clientX,t.clientY)}_handleMouseDownDolly(t){this._updateZoomParameters(t.clientX,t.clientY),this._dollyStart.set(t.clientX,t.clientY)}_handleMouseDownPan(t){this._panStart.set(t.clientX,t.clientY)}_handleMouseMoveRotate(t){this._rotateEnd.set(t.clientX,t.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let e=this.domElement;this._rotateLeft(Sn*this._rotateDelta.x/e.clientHeight),this._rotateUp(Sn*this._rotateDelta.y/e.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(t){this._dollyEnd.set(t.clientX,t.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(t){this._panEnd.set(t.clientX,t.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(t){this._updateZoomParameters(t.clientX,t.clientY),t.deltaY<0?this._dollyIn(this._getZoomScale(t.deltaY)):t.deltaY>0&&this._dollyOut(this._getZoomScale(t.deltaY)),this.update()}_handleKeyDown(t){let e=!1;switch(t.code){case this.keys.UP:t.ctrlKey||t.metaKey||t.shiftKey?this.enableRotate&&this._rotateUp(Sn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),e=!0;break;case this.keys.BOTTOM:t.ctrlKey||t.metaKey||t.shiftKey?this.enableRotate&&this._rotateUp(-Sn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),e=!0;break;case this.keys.LEFT:t.ctrlKey||t.metaKey||t.shiftKey?this.enableRotate&&this._rotateLeft(Sn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),e=!0;break;case this.keys.RIGHT:t.ctrlKey||t.metaKey||t.shiftKey?this.enableRotate&&this._rotateLeft(-Sn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),e=!0;break}e&&(t.preventDefault(),this.update())}_handleTouchStartRotate(t){if(this._pointers.length===1)this._rotateStart.set(t.pageX,t.pageY);else{let e=this._getSecondPointerPosition(t),n=.5*(t.pageX+e.x),i=.5*(t.pageY+e.y);this._rotateStart.set(n,i)}}_handleTouchStartPan(t){if(this._pointers.length===1)this._panStart.set(t.pageX,t.pageY);else{let e=this._getSecondPointerPosition(t),n=.5*(t.pageX+e.x),i=.5*(t.pageY+e.y);this._panStart.set(n,i)}}_handleTouchStartDolly(t){let e=this._getSecondPointerPosition(t),n=t.pageX-e.x,i=t.pageY-e.y,r=Math.sqrt(n*n+i*i);this._dollyStart.set(0,r)}_handleTouchStartDollyPan(t){this.enableZoom&&this._handleTouchStartDolly(t),this.enablePan&&this._handleTouchStartPan(t)}_handleTouchStartDollyRotate(t){this.enableZoom&&this._handleTouchStartDolly(t),this.enableRotate&&this._handleTouchStartRotate(t)}_handleTouchMoveRotate(t){if(this._pointers.length==1)this._rotateEnd.set(t.pageX,t.pageY);else{let n=this._getSecondPointerPosition(t),i=.5*(t.pageX+n.x),r=.5*(t.pageY+n.y);this._rotateEnd.set(i,r)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let e=this.domElement;this._rotateLeft(Sn*this._rotateDelta.x/e.clientHeight),this._rotateUp(Sn*this._rotateDelta.y/e.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(t){if(this._pointers.length===1)this._panEnd.set(t.pageX,t.pageY);else{let e=this._getSecondPointerPosition(t),n=.5*(t.pageX+e.x),i=.5*(t.pageY+e.y);this._panEnd.set(n,i)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(t){let e=this._getSecondPointerPosition(t),n=t.pageX-e.x,i=t.pageY-e.y,r=Math.sqrt(n*n+i*i);this._dollyEnd.set(0,r),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let o=(t.pageX+e.x)*.5,a=(t.pageY+e.y)*.5;this._updateZoomParameters(o,a)}_handleTouchMoveDollyPan(t){this.enableZoom&&this._handleTouchMoveDolly(t),this.enablePan&&this._handleTouchMovePan(t)}_handleTouchMoveDollyRotate(t){this.enableZoom&&this._handleTouchMoveDolly(t),this.enableRotate&&this._handleTouchMoveRotate(t)}_addPointer(t){this._pointers.push(t.pointerId)}_removePointer(t){delete this._pointerPositions[t.pointerId];for(let e=0;e<this._pointers.length;e++)if(this._pointers[e]==t.pointerId){this._pointers.splice(e,1);return}}_isTrackingPointer(t){for(let e=0;e<this._pointers.length;e++)if(this._pointers[e]==t.pointerId)return!0;return!1}_trackPointer(t){let e=this._pointerPositions[t.pointerId];e===void 0&&(e=new st,this._pointerPositions[t.pointerId]=e),e.set(t.pageX,t.pageY)}_getSecondPointerPosition(t){let e=t.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[e]}_customWheelEvent(t){let e=t.deltaMode,n={clientX:t.clientX,clientY:t.clientY,deltaY:t.deltaY};switch(e){case 1:n.deltaY*=16;break;case 2:n.deltaY*=100;break}return t.ctrlKey&&!this._controlActive&&(n.deltaY*=10),n}};function Wb(s){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(s.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(s)&&(this._addPointer(s),s.pointerType==="touch"?this._onTouchStart(s):this._onMouseDown(s),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function Xb(s){this.enabled!==!1&&(s.pointerType==="touch"?this._onTouchMove(s):this._onMouseMove(s))}function qb(s){switch(this._removePointer(s),this._pointers.length){case 0:this.domElement.releasePointerCapture(s.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(bm),this.state=ne.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let t=this._pointers[0],e=this._pointerPositions[t];this._onTouchStart({pointerId:t,pageX:e.x,pageY:e.y});break}}function Yb(s){let t;switch(s.button){case 0:t=this.mouseButtons.LEFT;break;case 1:t=this.mouseButtons.MIDDLE;break;case 2:t=this.mouseButtons.RIGHT;break;default:t=-1}switch(t){case vn.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(s),this.state=ne.DOLLY;break;case vn.ROTATE:if(s.ctrlKey||s.metaKey||s.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(s),this.state=ne.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(s),this.state=ne.ROTATE}break;case vn.PAN:if(s.ctrlKey||s.metaKey||s.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(s),this.state=ne.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(s),this.state=ne.PAN}break;default:this.state=ne.NONE}this.state!==ne.NONE&&this.dispatchEvent(od)}function Zb(s){switch(this.state){case ne.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(s);break;case ne.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(s);break;case ne.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(s);break}}function $b(s){this.enabled===!1||this.enableZoom===!1||this.state!==ne.NONE||(s.preventDefault(),this.dispatchEvent(od),this._handleMouseWheel(this._customWheelEvent(s)),this.dispatchEvent(bm))}function Jb(s){this.enabled!==!1&&this._handleKeyDown(s)}function Kb(s){switch(this._trackPointer(s),this._pointers.length){case 1:switch(this.touches.ONE){case Bn.ROTATE:if(this.enableRotate===!1){this.state=ne.NONE;break}this._handleTouchStartRotate(s),this.state=ne.TOUCH_ROTATE;break;case Bn.PAN:if(this.enablePan===!1){this.state=ne.NONE;break}this._handleTouchStartPan(s),this.state=ne.TOUCH_PAN;break;default:this.state=ne.NONE}break;case 2:switch(this.touches.TWO){case Bn.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(s),this.state=ne.TOUCH_DOLLY_PAN;break;case Bn.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(s),this.state=ne.TOUCH_DOLLY_ROTATE;break;default:this.state=ne.NONE}break;default:this.state=ne.NONE}this.state!==ne.NONE&&this.dispatchEvent(od)}function jb(s){switch(this._trackPointer(s),this.state){case ne.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(s),this.update();break;case ne.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(s),this.update();break;case ne.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(s),this.update();break;case ne.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(s),this.update();break;default:this.state=ne.NONE}}function Qb(s){this.enabled!==!1&&s.preventDefault()}function tS(s){s.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function eS(s){s.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}var qe=s=>new Nt(s),Rc=class{constructor({canvas:t,background:e,softwareGL:n,driver:i}){this.canvas=t,this.softwareGL=n,this.driver=i,this.renderer=new Sc({canvas:t,antialias:!n,powerPreference:"high-performance",preserveDrawingBuffer:!0}),this.renderer.setPixelRatio(this.pixelRatio()),this.renderer.outputColorSpace=Be,this.renderer.toneMapping=_o,this.renderer.toneMappingExposure=1,this.renderer.setClearColor(qe(e),1),this.scene=new os,this.camera=new hn(30,1,1,3e3),this.scene.add(this.camera),this.addLights(),this.controls=this.makeControls(),this.frames=0,this.partialFrames=0,this.lastFrameTime=0,this.ready=!1,this.firstFrameMs=null,this.started=performance.now(),this.renderToFirstFrameMs=null,this.rafId=0,this.needFull=!0,this.disposed=!1,this.controls.addEventListener("change",()=>this.requestRender())}pixelRatio(){return this.softwareGL?1:Math.min(window.devicePixelRatio||1,2)}addLights(){this.scene.add(new ho(16645119,7297614,1.25));let t=new nr(16775408,2.3);t.position.set(.75,.9,.55);let e=new nr(15266047,.65);e.position.set(-1,.1,.35),this.camera.add(t,e);let n=new we;n.position.set(0,0,-1),this.camera.add(n),t.target=n,e.target=n}makeControls(){let t=new Ac(this.camera,this.canvas);return t.enableDamping=!0,t.dampingFactor=.12,t.rotateSpeed=.7,t.zoomSpeed=.9,t.zoomToCursor=!0,t.minDistance=30,t.maxDistance=1200,t}requestRender(t=!0){t&&(this.needFull=!0),!this.rafId&&!this.disposed&&(this.rafId=requestAnimationFrame(e=>this.frame(e)))}renderNow(){this.disposed||(this.cancelFrame(),this.needFull=!0,this.frame(performance.now()),this.renderer.getContext().flush())}cancelFrame(){this.rafId&&(cancelAnimationFrame(this.rafId),this.rafId=0)}countPresented(){this.frames++,this.lastFrameTime=performance.now(),this.cancelFrame(),this.needFull=!1}frame(t){if(this.disposed)return;let e=this.driver.before(t);this.controls.update();let n=this.needFull;this.needFull=!1;let i=n?null:this.driver.partialRect()||{x:0,y:0,w:0,h:0};i?i.w>0&&(this.renderer.setScissorTest(!0),this.renderer.setScissor(i.x,i.y,i.w,i.h),this.renderer.render(this.scene,this.camera),this.renderer.setScissorTest(!1),this.partialFrames++,this.frames++):(this.renderer.render(this.scene,this.camera),this.frames++),this.rafId=0,this.lastFrameTime=t,!this.ready&&this.driver.hasBody()&&(this.ready=!0,this.firstFrameMs=performance.now(),this.renderToFirstFrameMs=performance.now()-this.started,this.driver.firstFrame()),this.needFull?this.requestRender(!1):e&&!this.driver.hold()&&this.requestRender(!1)}resize(t,e){this.renderer.setPixelRatio(this.pixelRatio()),this.renderer.setSize(t,e,!1),this.camera.aspect=t/e,this.camera.updateProjectionMatrix()}dispose(){this.disposed=!0,this.cancelFrame(),this.controls.dispose(),this.scene.traverse(t=>{t.geometry?.dispose?.()}),this.renderer.dispose()}};function ps(s,t,e){let n=[],i=null;for(let r=0;r+2<s.length;r+=3){let o=new R(s[r],s[r+1],s[r+2]),a=t.grid?t.grid.nearest(o.x,o.y,o.z):-1;a>=0&&o.addScaledVector(t.normal(a),e),!(i&&o.distanceTo(i)<.8&&r+5<s.length)&&(n.push(o),i=o)}return n.length===1&&n.push(n[0].clone().add(new R(0,.01,0))),n.length<2?null:new zi(n,!1,"centripetal")}var Cc=class{constructor({scene:t,fallbackColour:e,body:n,lift:i}){this.body=n,this.lift=i,this.group=new Pe,t.add(this.group),this.fallback=e,this.items=[],this.hovered=""}rebuild(t){for(let n of this.items)n.mesh.geometry.dispose(),n.pick.geometry.dispose(),n.wide?.geometry.dispose(),n.material.dispose();for(let n of[...this.group.children])this.group.remove(n);this.items=[];for(let n of t){let i=ps(n.points,this.body,this.lift);if(!i)continue;let r=qe(n.colour||this.fallback),o=Math.min(1e3,Math.max(32,Math.round(i.getLength()*1.5))),a=new $n({color:r,emissive:r,emissiveIntensity:.25,roughness:.5}),l=new Ut(new An(i,o,.28,6,!1),a),c=new Ut(new An(i,Math.round(o/2),1.4,6,!1));c.updateMatrixWorld(),c.userData.line=String(n.id),this.group.add(l),this.items.push({id:String(n.id),name:String(n.name||n.id),mesh:l,pick:c,material:a,curve:i,segs:o,wide:null})}let e=this.items.some(n=>n.id===this.hovered)?this.hovered:"";this.hovered=null,this.highlight(e)}get pickables(){return this.items.map(t=>t.pick)}name(t){let e=this.items.find(n=>n.id===t);return e?e.name:t}highlight(t){for(let e of this.items){let n=e.id===t;e.material.emissiveIntensity=n?.9:.25,n&&!e.wide&&(e.wide=new Ut(new An(e.curve,e.segs,.6,8,!1),e.material),this.group.add(e.wide)),e.wide&&(e.wide.visible=n),e.mesh.visible=!n}return t===this.hovered?!1:(this.hovered=t,!0)}};function Sm(s,t){let e=document.createElement("canvas");e.width=e.height=128;let n=e.getContext("2d"),i=n.createRadialGradient(64,64,0,64,64,64);i.addColorStop(0,s),i.addColorStop(1,t),n.fillStyle=i,n.fillRect(0,0,128,128);let r=new tr(e);return r.colorSpace=Be,r}function Mm(s){let t=document.createElement("canvas");t.width=t.height=128;let e=t.getContext("2d");e.lineWidth=10,e.strokeStyle="rgba(255,255,255,1)",e.beginPath(),e.arc(64,64,50,0,Math.PI*2),e.stroke(),e.lineWidth=4,e.strokeStyle=s,e.beginPath(),e.arc(64,64,57,0,Math.PI*2),e.stroke();let n=new tr(t);return n.colorSpace=Be,n}var Pc=1.2,Em=1.35,Tm=5.2,nS=.4,Am=Pc*Em*Tm/2+1.5,Ic=class{constructor({colour:t,selectedGlow:e,halo:n}){let i=new Nt(t);this.group=new Pe,this.sphere=new ls(1,16,12),this.haloTexture=Sm("rgba(255,255,255,0.95)","rgba(255,255,255,0)"),this.materials={marker:new $n({color:i,emissive:i,emissiveIntensity:.45,roughness:.35}),selected:new $n({color:i,emissive:new Nt(e),emissiveIntensity:.8,roughness:.3}),ghost:new nn({color:i,transparent:!0,opacity:.28,depthTest:!1,depthWrite:!1}),halo:new Mi({map:this.haloTexture,color:new Nt(n),transparent:!0,opacity:.6,depthWrite:!1}),ring:new Mi({map:Mm(t),transparent:!0,depthWrite:!1}),dim:new $n({color:i,transparent:!0,opacity:.55,roughness:.5})},this.halos=[],this.spheres=[],this.pickables=[],this.dim=null,this.zoom=NaN}rebuild({sites:t,selected:e,anchor:n,others:i=null}){this.group.clear(),this.halos.length=0,this.spheres.length=0,this.pickables=[],this.dim&&(this.dim.dispose(),this.dim=null);let r=this.materials;for(let o of t){let a=n(o,Pc*.55);if(!a)continue;let l=o===e,c=l?Pc*Em:Pc,h=new Ut(this.sphere,l?r.selected:r.marker);h.position.copy(a),h.userData.site=o,h.renderOrder=2;let u=new Ut(this.sphere,r.ghost);u.position.copy(a),u.renderOrder=5,this.spheres.push([h,c],[u,c*.9]);let d=new li(r.halo);if(d.renderOrder=3,this.halos.push([d,a,c*1.6,c*(l?Tm:4.2)]),this.group.add(d,h,u),l){let f=new li(r.ring);f.renderOrder=4,this.halos.push([f,a,c*1.2,c*3]),this.group.add(f)}this.pickables.push(h)}i&&i.length&&this.addDim(i,n),this.zoom=NaN}addDim(t,e){let n=new Js(this.sphere,this.materials.dim,t.length);n.count=0,n.userData.sites=[];let i=new It;for(let r of t){let o=e(r,.4);o&&(i.makeScale(.75,.75,.75).setPosition(o),n.setMatrixAt(n.count,i),n.userData.sites.push(r),n.count++)}n.instanceMatrix.needsUpdate=!0,n.computeBoundingSphere(),this.dim=n,this.group.add(n),this.pickables.push(n)}place(t,e=1){let n=Math.min(1,Math.max(nS,e));if(n!==this.zoom){this.zoom=n;for(let[i,r]of this.spheres)i.scale.setScalar(r*n);for(let[i,,,r]of this.halos)i.scale.setScalar(r*n)}for(let[i,r,o]of this.halos)ad(i,r,o*n,t)}warmObjects(){let t=this.materials;return[new Ut(this.sphere,t.marker),new Ut(this.sphere,t.ghost),new Js(this.sphere,t.dim,1),new li(t.halo)]}},wm=new R;function ad(s,t,e,n){wm.subVectors(n,t).normalize(),s.position.copy(t).addScaledVector(wm,e)}var ur=Math.pow(2,-24),Po=Symbol("SKIP_GENERATION"),Lc={strategy:0,maxDepth:40,targetLeafSize:10,useSharedArrayBuffer:!1,setBoundingBox:!0,onProgress:null,indirect:!1,verbose:!0,range:null,[Po]:!1};function ue(s,t,e){return e.min.x=t[s],e.min.y=t[s+1],e.min.z=t[s+2],e.max.x=t[s+3],e.max.y=t[s+4],e.max.z=t[s+5],e}function Io(s){let t=-1,e=-1/0;for(let n=0;n<3;n++){let i=s[n+3]-s[n];i>e&&(e=i,t=n)}return t}function ld(s,t,e){for(let n=0;n<3;n++){let i=t[s+2*n],r=t[s+2*n+1],o=i-r,a=i+r;o<e[n]&&(e[n]=o),a>e[n+3]&&(e[n+3]=a)}}function Dc(s){let t=s[3]-s[0],e=s[4]-s[1],n=s[5]-s[2];return 2*(t*e+e*n+n*t)}function Jt(s,t){return t[s+15]===65535}function oe(s,t){return t[s+6]}function le(s,t){return t[s+14]}function ie(s){return s+8}function se(s,t){let e=t[s+6];return s+e*8}function dr(s,t){return t[s+7]}function Nc(s,t,e,n,i){let r=1/0,o=1/0,a=1/0,l=-1/0,c=-1/0,h=-1/0,u=1/0,d=1/0,f=1/0,p=-1/0,y=-1/0,g=-1/0,m=s.offset||0;for(let x=(t-m)*6,b=(t+e-m)*6;x<b;x+=6){let v=s[x+0],S=s[x+1],E=v-S,_=v+S;E<r&&(r=E),_>l&&(l=_),v<u&&(u=v),v>p&&(p=v);let M=s[x+2],I=s[x+3],A=M-I,P=M+I;A<o&&(o=A),P>c&&(c=P),M<d&&(d=M),M>y&&(y=M);let L=s[x+4],F=s[x+5],D=L-F,k=L+F;D<a&&(a=D),k>h&&(h=k),L<f&&(f=L),L>g&&(g=L)}n[0]=r,n[1]=o,n[2]=a,n[3]=l,n[4]=c,n[5]=h,i[0]=u,i[1]=d,i[2]=f,i[3]=p,i[4]=y,i[5]=g}var fi=8,hd=8,cd=new Int32Array(fi),di=new Float32Array(fi*6),fr=new Float32Array(fi*6),ti=new Float32Array(6),Uc=new Float32Array(6),qi=new Int32Array(hd),Cm=new Float32Array(hd*6);function rS(s,t,e,n){for(let i=0;i<3;i++){let r=t[s+2*i],o=t[s+2*i+1],a=r-o,l=r+o;a<e[n+i]&&(e[n+i]=a),l>e[n+i+3]&&(e[n+i+3]=l)}}function Pm(s,t){let e=s[t+3]-s[t],n=s[t+4]-s[t+1],i=s[t+5]-s[t+2];return 2*(e*n+n*i+i*e)}function Im(s,t,e,n,i,r){let o=-1,a=0;if(r===0)o=Io(t),o!==-1&&(a=(t[o]+t[o+3])/2);else if(r===1)o=Io(s),o!==-1&&(a=oS(e,n,i,o));else if(r===2){let l=Dc(s),c=1.25*i,h=e.offset||0,u=(n-h)*6,d=(n+i-h)*6;for(let f=0;f<3;f++){let p=t[f],m=(t[f+3]-p)/fi;if(i<hd){for(let x=0;x<i;x++){let b=u+x*6,v=e[b+2*f],S=x;for(;S>0&&e[qi[S-1]+2*f]>v;)qi[S]=qi[S-1],S--;qi[S]=b}for(let x=0;x<3;x++)ti[x]=1/0,ti[x+3]=-1/0,Uc[x]=1/0,Uc[x+3]=-1/0;for(let x=i-1;x>=0;x--)ld(qi[x],e,Uc),Cm.set(Uc,x*6);for(let x=0;x<i-1;x++){ld(qi[x],e,ti);let b=e[qi[x+1]+2*f];if(e[qi[x]+2*f]===b)continue;let v=x+1,S=i-v,E=Dc(ti)/l,_=Pm(Cm,v*6)/l,M=1+1.25*(E*v+_*S);M<c&&(o=f,c=M,a=b)}}else{for(let v=0;v<fi;v++){cd[v]=0;for(let S=0;S<3;S++)di[v*6+S]=1/0,di[v*6+S+3]=-1/0}for(let v=u;v<d;v+=6){let _=~~((e[v+2*f]-p)/m);_>=fi&&(_=fi-1),cd[_]++,rS(v,e,di,_*6)}let x=(fi-1)*6;for(let v=0;v<6;v++)fr[x+v]=di[x+v];for(let v=fi-2;v>=0;v--){let S=v*6,E=S+6;for(let _=0;_<3;_++)fr[S+_]=Math.min(di[S+_],fr[E+_]),fr[S+_+3]=Math.max(di[S+_+3],fr[E+_+3])}let b=0;for(let v=0;v<fi-1;v++){let S=v*6,E=cd[v];if(E!==0)for(let P=0;P<3;P++)b===0?(ti[P]=di[S+P],ti[P+3]=di[S+P+3]):(ti[P]=Math.min(ti[P],di[S+P]),ti[P+3]=Math.max(ti[P+3],di[S+P+3]));b+=E;let _=0,M=0;b!==0&&(_=Dc(ti)/l);let I=i-b;I!==0&&(M=Pm(fr,S+6)/l);let A=1+1.25*(_*b+M*I);A<c&&(o=f,c=A,a=p+m+v*m)}}}}else console.warn(`BVH: Invalid build strategy value ${r} used.`);return{axis:o,pos:a}}function oS(s,t,e,n){let i=0,r=s.offset;for(let o=t,a=t+e;o<a;o++)i+=s[(o-r)*6+n*2];return i/e}function Lm(s,t,e,n,i,r){let o=n,a=n+i-1,l=r.pos,c=r.axis*2,h=e.offset||0;for(;;){for(;o<=a&&e[(o-h)*6+c]<l;)o++;for(;o<=a&&e[(a-h)*6+c]>=l;)a--;if(o<a){for(let u=0;u<t;u++){let d=s[o*t+u];s[o*t+u]=s[a*t+u],s[a*t+u]=d}for(let u=0;u<6;u++){let d=o-h,f=a-h,p=e[d*6+u];e[d*6+u]=e[f*6+u],e[f*6+u]=p}o++,a--}else return o}}var aS=Math.pow(2,32),pr=new Float32Array(6),Fc=new Float32Array(6);function lS(s,t,e,n,i,r){let{maxDepth:o,verbose:a,targetLeafSize:l,_strictLeafSize:c=1/0,strategy:h,onProgress:u,useSharedArrayBuffer:d=!1}=i,f=s.primitiveBuffer,p=s.primitiveBufferStride,y=d?SharedArrayBuffer:ArrayBuffer,g=new y(32*Math.max(1,2*Math.ceil(n)-1)),m=new Float32Array(g),x=new Uint32Array(g),b=new Uint16Array(g),v=0,S=!1;return Nc(t,e,n,pr,Fc),M(e,n,0),g.slice(0,v*32);function E(I){u&&u((I-r.offset)/r.count)}function _(I,A,P){let L=I*2;x[I+6]=A,b[L+14]=P,b[L+15]=65535,E(A+P)}function M(I,A,P){let L=v++,F=L*8;m.set(pr,F),!S&&P>=o&&(S=!0,a&&console.warn(`BVH: Max depth of ${o} reached when generating BVH. Consider increasing maxDepth.`));let D=A>c;if(A<=l&&!D||P>=o){_(F,I,A);return}let k=Im(pr,Fc,t,I,A,h),G=k.axis===-1?-1:Lm(f,p,t,I,A,k);if(k.axis===-1||G===I||G===I+A){if(!D){_(F,I,A);return}k.axis=Math.max(0,Io(pr)),G=I+Math.max(1,Math.floor(A/2))}x[F+7]=k.axis;let W=G-I;Nc(t,I,W,pr,Fc),M(I,W,P+1);let et=v-L;if(et>aS)throw new Error("MeshBVH: Cannot store relative child node offset greater than 32 bits.");x[F+6]=et;let q=A-W;Nc(t,G,q,pr,Fc),M(G,q,P+1)}}function Dm(s,t){let e=s.getRootRanges(t.range),n=e[0],i=e[e.length-1],r={offset:n.offset,count:i.offset+i.count-n.offset},o=new Float32Array(6*r.count);o.offset=r.offset,s.computePrimitiveBounds(r.offset,r.count,o),s._roots=e.map(a=>lS(s,o,a.offset,a.count,t,r))}var Yi=class{constructor(t){this._getNewPrimitive=t,this._primitives=[]}getPrimitive(){let t=this._primitives;return t.length===0?this._getNewPrimitive():t.pop()}releasePrimitive(t){this._primitives.push(t)}};var ud=class{constructor(){this.float32Array=null,this.uint16Array=null,this.uint32Array=null;let t=[],e=null;this.setBuffer=n=>{e&&t.push(e),e=n,this.float32Array=new Float32Array(n),this.uint16Array=new Uint16Array(n),this.uint32Array=new Uint32Array(n)},this.clearBuffer=()=>{e=null,this.float32Array=null,this.uint16Array=null,this.uint32Array=null,t.length!==0&&this.setBuffer(t.pop())}}},qt=new ud;var Zi,gr,mr=[],Oc=new Yi(()=>new Qt);function Nm(s,t,e,n,i,r){Zi=Oc.getPrimitive(),gr=Oc.getPrimitive(),mr.push(Zi,gr),qt.setBuffer(s._roots[t]);let o=dd(0,s.geometry,e,n,i,r);qt.clearBuffer(),Oc.releasePrimitive(Zi),Oc.releasePrimitive(gr),mr.pop(),mr.pop();let a=mr.length;return a>0&&(gr=mr[a-1],Zi=mr[a-2]),o}function dd(s,t,e,n,i=null,r=0,o=0){let{float32Array:a,uint16Array:l,uint32Array:c}=qt,h=s*2;if(Jt(h,l)){let d=oe(s,c),f=le(h,l);return ue(s,a,Zi),n(d,f,!1,o,r+s/8,Zi)}else{let A=function(L){let{uint16Array:F,uint32Array:D}=qt,k=L*2;for(;!Jt(k,F);)L=ie(L),k=L*2;return oe(L,D)},P=function(L){let{uint16Array:F,uint32Array:D}=qt,k=L*2;for(;!Jt(k,F);)L=se(L,D),k=L*2;return oe(L,D)+le(k,F)},d=ie(s),f=se(s,c),p=d,y=f,g,m,x,b;if(i&&(x=Zi,b=gr,ue(p,a,x),ue(y,a,b),g=i(x),m=i(b),m<g)){p=f,y=d;let L=g;g=m,m=L,x=b}x||(x=Zi,ue(p,a,x));let v=Jt(p*2,l),S=e(x,v,g,o+1,r+p/8),E;if(S===2){let L=A(p),D=P(p)-L;E=n(L,D,!0,o+1,r+p/8,x)}else E=S&&dd(p,t,e,n,i,r,o+1);if(E)return!0;b=gr,ue(y,a,b);let _=Jt(y*2,l),M=e(b,_,m,o+1,r+y/8),I;if(M===2){let L=A(y),D=P(y)-L;I=n(L,D,!0,o+1,r+y/8,b)}else I=M&&dd(y,t,e,n,i,r,o+1);return!!I}}var Lo=new qt.constructor,Bc=new qt.constructor,$i=new Yi(()=>new Qt),_r=new Qt,xr=new Qt,pd=new Qt,md=new Qt,gd=!1;function Um(s,t,e,n){if(gd)throw new Error("MeshBVH: Recursive calls to bvhcast not supported.");gd=!0;let i=s._roots,r=t._roots,o,a=0,l=0,c=new It().copy(e).invert();for(let h=0,u=i.length;h<u;h++){Lo.setBuffer(i[h]),l=0;let d=$i.getPrimitive();ue(0,Lo.float32Array,d),d.applyMatrix4(c);for(let f=0,p=r.length;f<p&&(Bc.setBuffer(r[f]),o=ei(0,0,e,c,n,a,l,0,0,d),Bc.clearBuffer(),l+=r[f].byteLength/32,!o);f++);if($i.releasePrimitive(d),Lo.clearBuffer(),a+=i[h].byteLength/32,o)break}return gd=!1,o}function ei(s,t,e,n,i,r=0,o=0,a=0,l=0,c=null,h=!1){let u,d;h?(u=Bc,d=Lo):(u=Lo,d=Bc);let f=u.float32Array,p=u.uint32Array,y=u.uint16Array,g=d.float32Array,m=d.uint32Array,x=d.uint16Array,b=s*2,v=t*2,S=Jt(b,y),E=Jt(v,x),_=!1;if(E&&S)h?_=i(oe(t,m),le(t*2,x),oe(s,p),le(s*2,y),l,o+t/8,a,r+s/8):_=i(oe(s,p),le(s*2,y),oe(t,m),le(t*2,x),a,r+s/8,l,o+t/8);else if(E){let M=$i.getPrimitive();ue(t,g,M),M.applyMatrix4(e);let I=ie(s),A=se(s,p);ue(I,f,_r),ue(A,f,xr);let P=M.intersectsBox(_r),L=M.intersectsBox(xr);_=P&&ei(t,I,n,e,i,o,r,l,a+1,M,!h)||L&&ei(t,A,n,e,i,o,r,l,a+1,M,!h),$i.releasePrimitive(M)}else{let M=ie(t),I=se(t,m);ue(M,g,pd),ue(I,g,md);let A=c.intersectsBox(pd),P=c.intersectsBox(md);if(A&&P)_=ei(s,M,e,n,i,r,o,a,l+1,c,h)||ei(s,I,e,n,i,r,o,a,l+1,c,h);else if(A)if(S)_=ei(s,M,e,n,i,r,o,a,l+1,c,h);else{let L=$i.getPrimitive();L.copy(pd).applyMatrix4(e);let F=ie(s),D=se(s,p);ue(F,f,_r),ue(D,f,xr);let k=L.intersectsBox(_r),G=L.intersectsBox(xr);_=k&&ei(M,F,n,e,i,o,r,l,a+1,L,!h)||G&&ei(M,D,n,e,i,o,r,l,a+1,L,!h),$i.releasePrimitive(L)}else if(P)if(S)_=ei(s,I,e,n,i,r,o,a,l+1,c,h);else{let L=$i.getPrimitive();L.copy(md).applyMatrix4(e);let F=ie(s),D=se(s,p);ue(F,f,_r),ue(D,f,xr);let k=L.intersectsBox(_r),G=L.intersectsBox(xr);_=k&&ei(I,F,n,e,i,o,r,l,a+1,L,!h)||G&&ei(I,D,n,e,i,o,r,l,a+1,L,!h),$i.releasePrimitive(L)}}return _}var kc=new class{constructor(){let s=null,t=null,e=null,n=!1;this.root=null,this.buffer=null,this.uint32Array=null,this.uint16Array=null,this.setBVH=(r,o)=>{if(n)throw new Error("BVHTraversalHelper: cannot call setBVH during an active traversal.");this.root=o,this.buffer=s=r._roots[o],this.uint16Array=e=new Uint16Array(s),this.uint32Array=t=new Uint32Array(s)},this.reset=()=>{this.root=null,this.buffer=s=null,this.uint16Array=e=null,this.uint32Array=t=null},this.getRangeStart=r=>{let o=r*2;for(;!Jt(o,e);)r=ie(r),o=r*2;return oe(r,t)},this.getRangeEnd=r=>{let o=r*2;for(;!Jt(o,e);)r=se(r,t),o=r*2;return oe(r,t)+le(o,e)};let i=(r,o,a)=>{let l=o*2,c=Jt(l,e);if(!r(a,c,o)&&!c){let u=ie(o),d=se(o,t);i(r,u,a+1),i(r,d,a+1)}};this.traverseBuffer=r=>{if(n)throw new Error("BVHTraversalHelper: cannot start a traversal during an active traversal.");n=!0;try{i(r,0,0)}finally{n=!1}},this.traverse=r=>{this.traverseBuffer((o,a,l)=>{if(a){let c=l*2,h=t[l+6],u=e[c+14];return r(o,a,new Float32Array(s,l*4,6),h,u)}else{let c=dr(l,t);return r(o,a,new Float32Array(s,l*4,6),c)}})}}};var Fm=new Qt,yr=new Float32Array(6),zc=class{constructor(){this._roots=null,this.primitiveBuffer=null,this.primitiveBufferStride=null}init(t){t={...Lc,...t},"maxLeafSize"in t&&(console.warn('BVH: "maxLeafSize" option has been deprecated. Use "targetLeafSize", instead.'),t={...t,targetLeafSize:t.maxLeafSize}),Dm(this,t)}getRootRanges(){throw new Error("BVH: getRootRanges() not implemented")}writePrimitiveBounds(){throw new Error("BVH: writePrimitiveBounds() not implemented")}writePrimitiveRangeBounds(t,e,n,i){let r=1/0,o=1/0,a=1/0,l=-1/0,c=-1/0,h=-1/0;for(let u=t,d=t+e;u<d;u++){this.writePrimitiveBounds(u,yr,0);let[f,p,y,g,m,x]=yr;f<r&&(r=f),g>l&&(l=g),p<o&&(o=p),m>c&&(c=m),y<a&&(a=y),x>h&&(h=x)}return n[i+0]=r,n[i+1]=o,n[i+2]=a,n[i+3]=l,n[i+4]=c,n[i+5]=h,n}computePrimitiveBounds(t,e,n){let i=n.offset||0;for(let r=t,o=t+e;r<o;r++){this.writePrimitiveBounds(r,yr,0);let[a,l,c,h,u,d]=yr,f=(a+h)/2,p=(l+u)/2,y=(c+d)/2,g=(h-a)/2,m=(u-l)/2,x=(d-c)/2,b=(r-i)*6;n[b+0]=f,n[b+1]=g+(Math.abs(f)+g)*ur,n[b+2]=p,n[b+3]=m+(Math.abs(p)+m)*ur,n[b+4]=y,n[b+5]=x+(Math.abs(y)+x)*ur}return n}shiftPrimitiveOffsets(t){let e=this._indirectBuffer;if(e)for(let n=0,i=e.length;n<i;n++)e[n]+=t;else{let n=this._roots;for(let i=0;i<n.length;i++){let r=n[i],o=new Uint32Array(r),a=new Uint16Array(r),l=r.byteLength/32;for(let c=0;c<l;c++){let h=8*c,u=2*h;Jt(u,a)&&(o[h+6]+=t)}}}}traverse(t,e=0){kc.setBVH(this,e),kc.traverse(t),kc.reset()}refit(){let t=this._roots;for(let e=0,n=t.length;e<n;e++){let i=t[e],r=new Uint32Array(i),o=new Uint16Array(i),a=new Float32Array(i),l=i.byteLength/32;for(let c=l-1;c>=0;c--){let h=c*8,u=h*2;if(Jt(u,o)){let f=oe(h,r),p=le(u,o);this.writePrimitiveRangeBounds(f,p,yr,0),a.set(yr,h)}else{let f=ie(h),p=se(h,r);for(let y=0;y<3;y++){let g=a[f+y],m=a[f+y+3],x=a[p+y],b=a[p+y+3];a[h+y]=g<x?g:x,a[h+y+3]=m>b?m:b}}}}}getBoundingBox(t){return t.makeEmpty(),this._roots.forEach(n=>{ue(0,new Float32Array(n),Fm),t.union(Fm)}),t}shapecast(t){let{boundsTraverseOrder:e,intersectsBounds:n,intersectsRange:i,intersectsPrimitive:r,scratchPrimitive:o,iterate:a}=t;if(i&&r){let u=i;i=(d,f,p,y,g)=>u(d,f,p,y,g)?!0:a(d,f,this,r,p,y,o)}else i||(r?i=(u,d,f,p)=>a(u,d,this,r,f,p,o):i=(u,d,f)=>f);let l=!1,c=0,h=this._roots;for(let u=0,d=h.length;u<d;u++){let f=h[u];if(l=Nm(this,u,n,i,e,c),l)break;c+=f.byteLength/32}return l}bvhcast(t,e,n){let{intersectsRanges:i}=n;return Um(this,t,e,i)}};function Om(){return typeof SharedArrayBuffer<"u"}function _d(s){return s.index?s.index.count:s.attributes.position.count}function Ji(s){return _d(s)/3}function hS(s,t=ArrayBuffer){return s>65535?new Uint32Array(new t(4*s)):new Uint16Array(new t(2*s))}function Bm(s,t){if(!s.index){let e=s.attributes.position.count,n=t.useSharedArrayBuffer?SharedArrayBuffer:ArrayBuffer,i=hS(e,n);s.setIndex(new te(i,1));for(let r=0;r<e;r++)i[r]=r}}function uS(s,t,e){let n=_d(s)/e,i=t||s.drawRange,r=i.start/e,o=(i.start+i.count)/e,a=Math.max(0,r),l=Math.min(n,o)-a;return{offset:Math.floor(a),count:Math.floor(l)}}function dS(s,t){return s.groups.map(e=>({offset:e.start/t,count:e.count/t}))}function xd(s,t,e){let n=uS(s,t,e),i=dS(s,e);if(!i.length)return[n];let r=[],o=n.offset,a=n.offset+n.count,l=_d(s)/e,c=[];for(let d of i){let{offset:f,count:p}=d,y=f,g=isFinite(p)?p:l-f,m=f+g;y<a&&m>o&&(c.push({pos:Math.max(o,y),isStart:!0}),c.push({pos:Math.min(a,m),isStart:!1}))}c.sort((d,f)=>d.pos!==f.pos?d.pos-f.pos:d.type==="end"?-1:1);let h=0,u=null;for(let d of c){let f=d.pos;h!==0&&f!==u&&r.push({offset:u,count:f-u}),h+=d.isStart?1:-1,u=f}return r}function fS(s,t){let e=s[s.length-1],n=e.offset+e.count>2**16,i=s.reduce((c,h)=>c+h.count,0),r=n?4:2,o=t?new SharedArrayBuffer(i*r):new ArrayBuffer(i*r),a=n?new Uint32Array(o):new Uint16Array(o),l=0;for(let c=0;c<s.length;c++){let{offset:h,count:u}=s[c];for(let d=0;d<u;d++)a[l+d]=h+d;l+=u}return a}var Hc=class extends zc{get indirect(){return!!this._indirectBuffer}get primitiveStride(){return null}get primitiveBufferStride(){return this.indirect?1:this.primitiveStride}set primitiveBufferStride(t){}get primitiveBuffer(){return this.indirect?this._indirectBuffer:this.geometry.index.array}set primitiveBuffer(t){}constructor(t,e={}){if(t.isBufferGeometry){if(t.index&&t.index.isInterleavedBufferAttribute)throw new Error("BVH: InterleavedBufferAttribute is not supported for the index attribute.")}else throw new Error("BVH: Only BufferGeometries are supported.");if(e.useSharedArrayBuffer&&!Om())throw new Error("BVH: SharedArrayBuffer is not available.");super(),this.geometry=t,this.resolvePrimitiveIndex=e.indirect?n=>this._indirectBuffer[n]:n=>n,this.primitiveBuffer=null,this.primitiveBufferStride=null,this._indirectBuffer=null,e={...Lc,...e},e[Po]||this.init(e)}init(t){let{geometry:e,primitiveStride:n}=this;if(t.indirect){let i=xd(e,t.range,n),r=fS(i,t.useSharedArrayBuffer);this._indirectBuffer=r}else Bm(e,t);super.init(t),!e.boundingBox&&t.setBoundingBox&&(e.boundingBox=this.getBoundingBox(new Qt))}getRootRanges(t){return this.indirect?[{offset:0,count:this._indirectBuffer.length}]:xd(this.geometry,t,this.primitiveStride)}raycastObject3D(){throw new Error("BVH: raycastObject3D() not implemented")}};var Pn=class{constructor(){this.min=1/0,this.max=-1/0}setFromPointsField(t,e){let n=1/0,i=-1/0;for(let r=0,o=t.length;r<o;r++){let l=t[r][e];n=l<n?l:n,i=l>i?l:i}this.min=n,this.max=i}setFromPoints(t,e){let n=1/0,i=-1/0;for(let r=0,o=e.length;r<o;r++){let a=e[r],l=t.dot(a);n=l<n?l:n,i=l>i?l:i}this.min=n,this.max=i}isSeparated(t){return this.min>t.max||t.min>this.max}};Pn.prototype.setFromBox=(function(){let s=new R;return function(e,n){let i=n.min,r=n.max,o=1/0,a=-1/0;for(let l=0;l<=1;l++)for(let c=0;c<=1;c++)for(let h=0;h<=1;h++){s.x=i.x*l+r.x*(1-l),s.y=i.y*c+r.y*(1-c),s.z=i.z*h+r.z*(1-h);let u=e.dot(s);o=Math.min(u,o),a=Math.max(u,a)}this.min=o,this.max=a}})();var pS=(function(){let s=new R,t=new R,e=new R;return function(i,r,o){let a=i.start,l=s,c=r.start,h=t;e.subVectors(a,c),s.subVectors(i.end,i.start),t.subVectors(r.end,r.start);let u=e.dot(h),d=h.dot(l),f=h.dot(h),p=e.dot(l),g=l.dot(l)*f-d*d,m,x;g!==0?m=(u*d-p*f)/g:m=0,x=(u+m*d)/f,o.x=m,o.y=x}})(),Do=(function(){let s=new st,t=new R,e=new R;return function(i,r,o,a){pS(i,r,s);let l=s.x,c=s.y;if(l>=0&&l<=1&&c>=0&&c<=1){i.at(l,o),r.at(c,a);return}else if(l>=0&&l<=1){c<0?r.at(0,a):r.at(1,a),i.closestPointToPoint(a,!0,o);return}else if(c>=0&&c<=1){l<0?i.at(0,o):i.at(1,o),r.closestPointToPoint(o,!0,a);return}else{let h;l<0?h=i.start:h=i.end;let u;c<0?u=r.start:u=r.end;let d=t,f=e;if(i.closestPointToPoint(u,!0,t),r.closestPointToPoint(h,!0,e),d.distanceToSquared(u)<=f.distanceToSquared(h)){o.copy(d),a.copy(u);return}else{o.copy(h),a.copy(f);return}}}})(),km=(function(){let s=new R,t=new R,e=new Ve,n=new pn;return function(r,o){let{radius:a,center:l}=r,{a:c,b:h,c:u}=o;if(n.start=c,n.end=h,n.closestPointToPoint(l,!0,s).distanceTo(l)<=a||(n.start=c,n.end=u,n.closestPointToPoint(l,!0,s).distanceTo(l)<=a)||(n.start=h,n.end=u,n.closestPointToPoint(l,!0,s).distanceTo(l)<=a))return!0;let y=o.getPlane(e);if(Math.abs(y.distanceToPoint(l))<=a){let m=y.projectPoint(l,t);if(o.containsPoint(m))return!0}return!1}})();var mS=["x","y","z"],Ci=1e-15,zm=Ci*Ci;function zn(s){return Math.abs(s)<Ci}var Ye=class extends Ge{constructor(...t){super(...t),this.isExtendedTriangle=!0,this.satAxes=new Array(4).fill().map(()=>new R),this.satBounds=new Array(4).fill().map(()=>new Pn),this.points=[this.a,this.b,this.c],this.plane=new Ve,this.isDegenerateIntoSegment=!1,this.isDegenerateIntoPoint=!1,this.degenerateSegment=new pn,this.needsUpdate=!0}intersectsSphere(t){return km(t,this)}update(){let t=this.a,e=this.b,n=this.c,i=this.points,r=this.satAxes,o=this.satBounds,a=r[0],l=o[0];this.getNormal(a),l.setFromPoints(a,i);let c=r[1],h=o[1];c.subVectors(t,e),h.setFromPoints(c,i);let u=r[2],d=o[2];u.subVectors(e,n),d.setFromPoints(u,i);let f=r[3],p=o[3];f.subVectors(n,t),p.setFromPoints(f,i);let y=c.length(),g=u.length(),m=f.length();this.isDegenerateIntoPoint=!1,this.isDegenerateIntoSegment=!1,y<Ci?g<Ci||m<Ci?this.isDegenerateIntoPoint=!0:(this.isDegenerateIntoSegment=!0,this.degenerateSegment.start.copy(t),this.degenerateSegment.end.copy(n)):g<Ci?m<Ci?this.isDegenerateIntoPoint=!0:(this.isDegenerateIntoSegment=!0,this.degenerateSegment.start.copy(e),this.degenerateSegment.end.copy(t)):m<Ci&&(this.isDegenerateIntoSegment=!0,this.degenerateSegment.start.copy(n),this.degenerateSegment.end.copy(e)),this.plane.setFromNormalAndCoplanarPoint(a,t),this.needsUpdate=!1}};Ye.prototype.closestPointToSegment=(function(){let s=new R,t=new R,e=new pn;return function(i,r=null,o=null){this.needsUpdate&&this.update();let{start:a,end:l}=i,c=this.points,h,u=1/0,d=this.plane.distanceToPoint(a),f=this.plane.distanceToPoint(l);if(d*f<0&&this.plane.intersectLine(i,s)!==null&&this.containsPoint(s))return r&&r.copy(s),o&&o.copy(s),0;for(let p=0;p<3;p++){let y=(p+1)%3;e.start.copy(c[p]),e.end.copy(c[y]),Do(e,i,s,t),h=s.distanceToSquared(t),h<u&&(u=h,r&&r.copy(s),o&&o.copy(t))}return this.closestPointToPoint(a,s),h=a.distanceToSquared(s),h<u&&(u=h,r&&r.copy(s),o&&o.copy(a)),this.closestPointToPoint(l,s),h=l.distanceToSquared(s),h<u&&(u=h,r&&r.copy(s),o&&o.copy(l)),Math.sqrt(u)}})();Ye.prototype.intersectsTriangle=(function(){let s=new Ye,t=new Pn,e=new Pn,n=new R,i=new R,r=new R,o=new R,a=new pn,l=new pn,c=new R,h=new st,u=new st;function d(b,v,S,E){let _=n;!b.isDegenerateIntoPoint&&!b.isDegenerateIntoSegment?_.copy(b.plane.normal):_.copy(v.plane.normal);let M=b.satBounds,I=b.satAxes;for(let L=1;L<4;L++){let F=M[L],D=I[L];if(t.setFromPoints(D,v.points),F.isSeparated(t)||(o.copy(_).cross(D),t.setFromPoints(o,b.points),e.setFromPoints(o,v.points),t.isSeparated(e)))return!1}let A=v.satBounds,P=v.satAxes;for(let L=1;L<4;L++){let F=A[L],D=P[L];if(t.setFromPoints(D,b.points),F.isSeparated(t)||(o.crossVectors(_,D),t.setFromPoints(o,b.points),e.setFromPoints(o,v.points),t.isSeparated(e)))return!1}return S&&(E||console.warn("ExtendedTriangle.intersectsTriangle: Triangles are coplanar which does not support an output edge. Setting edge to 0, 0, 0."),S.start.set(0,0,0),S.end.set(0,0,0)),!0}function f(b,v,S,E,_,M,I,A,P,L,F){let D=I/(I-A);L.x=E+(_-E)*D,F.start.subVectors(v,b).multiplyScalar(D).add(b),D=I/(I-P),L.y=E+(M-E)*D,F.end.subVectors(S,b).multiplyScalar(D).add(b)}function p(b,v,S,E,_,M,I,A,P,L,F){if(_>0)f(b.c,b.a,b.b,E,v,S,P,I,A,L,F);else if(M>0)f(b.b,b.a,b.c,S,v,E,A,I,P,L,F);else if(A*P>0||I!=0)f(b.a,b.b,b.c,v,S,E,I,A,P,L,F);else if(A!=0)f(b.b,b.a,b.c,S,v,E,A,I,P,L,F);else if(P!=0)f(b.c,b.a,b.b,E,v,S,P,I,A,L,F);else return!0;return!1}function y(b,v,S,E){let _=v.degenerateSegment,M=b.plane.distanceToPoint(_.start),I=b.plane.distanceToPoint(_.end);return zn(M)?zn(I)?d(b,v,S,E):(S&&(S.start.copy(_.start),S.end.copy(_.start)),b.containsPoint(_.start)):zn(I)?(S&&(S.start.copy(_.end),S.end.copy(_.end)),b.containsPoint(_.end)):b.plane.intersectLine(_,n)!=null?(S&&(S.start.copy(n),S.end.copy(n)),b.containsPoint(n)):!1}function g(b,v,S){let E=v.a;return zn(b.plane.distanceToPoint(E))&&b.containsPoint(E)?(S&&(S.start.copy(E),S.end.copy(E)),!0):!1}function m(b,v,S){let E=b.degenerateSegment,_=v.a;return E.closestPointToPoint(_,!0,n),_.distanceToSquared(n)<zm?(S&&(S.start.copy(_),S.end.copy(_)),!0):!1}function x(b,v,S,E){if(b.isDegenerateIntoSegment)if(v.isDegenerateIntoSegment){let _=b.degenerateSegment,M=v.degenerateSegment,I=i,A=r;_.delta(I),M.delta(A);let P=n.subVectors(M.start,_.start),L=I.x*A.y-I.y*A.x;if(zn(L))return!1;let F=(P.x*A.y-P.y*A.x)/L,D=-(I.x*P.y-I.y*P.x)/L;if(F<0||F>1||D<0||D>1)return!1;let k=_.start.z+I.z*F,G=M.start.z+A.z*D;return zn(k-G)?(S&&(S.start.copy(_.start).addScaledVector(I,F),S.end.copy(_.start).addScaledVector(I,F)),!0):!1}else return v.isDegenerateIntoPoint?m(b,v,S):y(v,b,S,E);else{if(b.isDegenerateIntoPoint)return v.isDegenerateIntoPoint?v.a.distanceToSquared(b.a)<zm?(S&&(S.start.copy(b.a),S.end.copy(b.a)),!0):!1:v.isDegenerateIntoSegment?m(v,b,S):g(v,b,S);if(v.isDegenerateIntoPoint)return g(b,v,S);if(v.isDegenerateIntoSegment)return y(b,v,S,E)}}return function(v,S=null,E=!1){this.needsUpdate&&this.update(),v.isExtendedTriangle?v.needsUpdate&&v.update():(s.copy(v),s.update(),v=s);let _=x(this,v,S,E);if(_!==void 0)return _;let M=this.plane,I=v.plane,A=I.distanceToPoint(this.a),P=I.distanceToPoint(this.b),L=I.distanceToPoint(this.c);zn(A)&&(A=0),zn(P)&&(P=0),zn(L)&&(L=0);let F=A*P,D=A*L;if(F>0&&D>0)return!1;let k=M.distanceToPoint(v.a),G=M.distanceToPoint(v.b),W=M.distanceToPoint(v.c);zn(k)&&(k=0),zn(G)&&(G=0),zn(W)&&(W=0);let et=k*G,q=k*W;if(et>0&&q>0)return!1;i.copy(M.normal),r.copy(I.normal);let Q=i.cross(r),tt=0,vt=Math.abs(Q.x),Dt=Math.abs(Q.y);Dt>vt&&(vt=Dt,tt=1),Math.abs(Q.z)>vt&&(tt=2);let ut=mS[tt],yt=this.a[ut],At=this.b[ut],gt=this.c[ut],Bt=v.a[ut],Se=v.b[ut],Ct=v.c[ut];if(p(this,yt,At,gt,F,D,A,P,L,h,a))return d(this,v,S,E);if(p(v,Bt,Se,Ct,et,q,k,G,W,u,l))return d(this,v,S,E);if(h.y<h.x){let Kt=h.y;h.y=h.x,h.x=Kt,c.copy(a.start),a.start.copy(a.end),a.end.copy(c)}if(u.y<u.x){let Kt=u.y;u.y=u.x,u.x=Kt,c.copy(l.start),l.start.copy(l.end),l.end.copy(c)}return h.y<u.x||u.y<h.x?!1:(S&&(u.x>h.x?S.start.copy(l.start):S.start.copy(a.start),u.y<h.y?S.end.copy(l.end):S.end.copy(a.end)),!0)}})();Ye.prototype.distanceToPoint=(function(){let s=new R;return function(e){return this.closestPointToPoint(e,s),e.distanceTo(s)}})();Ye.prototype.distanceToTriangle=(function(){let s=new R,t=new R,e=["a","b","c"],n=new pn,i=new pn;return function(o,a=null,l=null){let c=a||l?n:null;if(this.intersectsTriangle(o,c,!0))return(a||l)&&(a&&c.getCenter(a),l&&c.getCenter(l)),0;let h=1/0;for(let u=0;u<3;u++){let d,f=e[u],p=o[f];this.closestPointToPoint(p,s),d=p.distanceToSquared(s),d<h&&(h=d,a&&a.copy(s),l&&l.copy(p));let y=this[f];o.closestPointToPoint(y,s),d=y.distanceToSquared(s),d<h&&(h=d,a&&a.copy(y),l&&l.copy(s))}for(let u=0;u<3;u++){let d=e[u],f=e[(u+1)%3];n.set(this[d],this[f]);for(let p=0;p<3;p++){let y=e[p],g=e[(p+1)%3];i.set(o[y],o[g]),Do(n,i,s,t);let m=s.distanceToSquared(t);m<h&&(h=m,a&&a.copy(s),l&&l.copy(t))}}return Math.sqrt(h)}})();var Me=class{constructor(t,e,n){this.isOrientedBox=!0,this.min=new R,this.max=new R,this.matrix=new It,this.invMatrix=new It,this.points=new Array(8).fill().map(()=>new R),this.satAxes=new Array(3).fill().map(()=>new R),this.satBounds=new Array(3).fill().map(()=>new Pn),this.alignedSatBounds=new Array(3).fill().map(()=>new Pn),this.needsUpdate=!1,t&&this.min.copy(t),e&&this.max.copy(e),n&&this.matrix.copy(n)}set(t,e,n){this.min.copy(t),this.max.copy(e),this.matrix.copy(n),this.needsUpdate=!0}copy(t){this.min.copy(t.min),this.max.copy(t.max),this.matrix.copy(t.matrix),this.needsUpdate=!0}};Me.prototype.update=(function(){return function(){let t=this.matrix,e=this.min,n=this.max,i=this.points;for(let c=0;c<=1;c++)for(let h=0;h<=1;h++)for(let u=0;u<=1;u++){let d=1*c|2*h|4*u,f=i[d];f.x=c?n.x:e.x,f.y=h?n.y:e.y,f.z=u?n.z:e.z,f.applyMatrix4(t)}let r=this.satBounds,o=this.satAxes,a=i[0];for(let c=0;c<3;c++){let h=o[c],u=r[c],d=1<<c,f=i[d];h.subVectors(a,f),u.setFromPoints(h,i)}let l=this.alignedSatBounds;l[0].setFromPointsField(i,"x"),l[1].setFromPointsField(i,"y"),l[2].setFromPointsField(i,"z"),this.invMatrix.copy(this.matrix).invert(),this.needsUpdate=!1}})();Me.prototype.intersectsBox=(function(){let s=new Pn;return function(e){this.needsUpdate&&this.update();let n=e.min,i=e.max,r=this.satBounds,o=this.satAxes,a=this.alignedSatBounds;if(s.min=n.x,s.max=i.x,a[0].isSeparated(s)||(s.min=n.y,s.max=i.y,a[1].isSeparated(s))||(s.min=n.z,s.max=i.z,a[2].isSeparated(s)))return!1;for(let l=0;l<3;l++){let c=o[l],h=r[l];if(s.setFromBox(c,e),h.isSeparated(s))return!1}return!0}})();Me.prototype.intersectsTriangle=(function(){let s=new Ye,t=new Array(3),e=new Pn,n=new Pn,i=new R;return function(o){this.needsUpdate&&this.update(),o.isExtendedTriangle?o.needsUpdate&&o.update():(s.copy(o),s.update(),o=s);let a=this.satBounds,l=this.satAxes;t[0]=o.a,t[1]=o.b,t[2]=o.c;for(let d=0;d<3;d++){let f=a[d],p=l[d];if(e.setFromPoints(p,t),f.isSeparated(e))return!1}let c=o.satBounds,h=o.satAxes,u=this.points;for(let d=0;d<3;d++){let f=c[d],p=h[d];if(e.setFromPoints(p,u),f.isSeparated(e))return!1}for(let d=0;d<3;d++){let f=l[d];for(let p=0;p<4;p++){let y=h[p];if(i.crossVectors(f,y),e.setFromPoints(i,t),n.setFromPoints(i,u),e.isSeparated(n))return!1}}return!0}})();Me.prototype.closestPointToPoint=(function(){return function(t,e){return this.needsUpdate&&this.update(),e.copy(t).applyMatrix4(this.invMatrix).clamp(this.min,this.max).applyMatrix4(this.matrix),e}})();Me.prototype.distanceToPoint=(function(){let s=new R;return function(e){return this.closestPointToPoint(e,s),e.distanceTo(s)}})();Me.prototype.distanceToBox=(function(){let s=["x","y","z"],t=new Array(12).fill().map(()=>new pn),e=new Array(12).fill().map(()=>new pn),n=new R,i=new R;return function(o,a=0,l=null,c=null){if(this.needsUpdate&&this.update(),this.intersectsBox(o))return(l||c)&&(o.getCenter(i),this.closestPointToPoint(i,n),o.closestPointToPoint(n,i),l&&l.copy(n),c&&c.copy(i)),0;let h=a*a,u=o.min,d=o.max,f=this.points,p=1/0;for(let g=0;g<8;g++){let m=f[g];i.copy(m).clamp(u,d);let x=m.distanceToSquared(i);if(x<p&&(p=x,l&&l.copy(m),c&&c.copy(i),x<h))return Math.sqrt(x)}let y=0;for(let g=0;g<3;g++)for(let m=0;m<=1;m++)for(let x=0;x<=1;x++){let b=(g+1)%3,v=(g+2)%3,S=m<<b|x<<v,E=1<<g|m<<b|x<<v,_=f[S],M=f[E];t[y].set(_,M);let A=s[g],P=s[b],L=s[v],F=e[y],D=F.start,k=F.end;D[A]=u[A],D[P]=m?u[P]:d[P],D[L]=x?u[L]:d[L],k[A]=d[A],k[P]=m?u[P]:d[P],k[L]=x?u[L]:d[L],y++}for(let g=0;g<=1;g++)for(let m=0;m<=1;m++)for(let x=0;x<=1;x++){i.x=g?d.x:u.x,i.y=m?d.y:u.y,i.z=x?d.z:u.z,this.closestPointToPoint(i,n);let b=i.distanceToSquared(n);if(b<p&&(p=b,l&&l.copy(n),c&&c.copy(i),b<h))return Math.sqrt(b)}for(let g=0;g<12;g++){let m=t[g];for(let x=0;x<12;x++){let b=e[x];Do(m,b,n,i);let v=n.distanceToSquared(i);if(v<p&&(p=v,l&&l.copy(n),c&&c.copy(i),v<h))return Math.sqrt(v)}}return Math.sqrt(p)}})();var yd=class extends Yi{constructor(){super(()=>new Ye)}},gn=new yd;var No=new R,vd=new R;function Hm(s,t,e={},n=0,i=1/0){let r=n*n,o=i*i,a=1/0,l=null;if(s.shapecast({boundsTraverseOrder:h=>(No.copy(t).clamp(h.min,h.max),No.distanceToSquared(t)),intersectsBounds:(h,u,d)=>d<a&&d<o,intersectsTriangle:(h,u)=>{h.closestPointToPoint(t,No);let d=t.distanceToSquared(No);return d<a&&(vd.copy(No),a=d,l=u),d<r}}),a===1/0)return null;let c=Math.sqrt(a);return e.point?e.point.copy(vd):e.point=vd.clone(),e.distance=c,e.faceIndex=l,e}var Vc=parseInt("187")>=169,gS=parseInt("187")<=161,ms=new R,gs=new R,_s=new R,Gc=new st,Wc=new st,Xc=new st,Vm=new R,Gm=new R,Wm=new R,Uo=new R;function _S(s,t,e,n,i,r,o,a){let l;if(r===Xe?l=s.intersectTriangle(n,e,t,!0,i):l=s.intersectTriangle(t,e,n,r!==sn,i),l===null)return null;let c=s.origin.distanceTo(i);return c<o||c>a?null:{distance:c,point:i.clone()}}function Xm(s,t,e,n,i,r,o,a,l,c,h){ms.fromBufferAttribute(t,r),gs.fromBufferAttribute(t,o),_s.fromBufferAttribute(t,a);let u=_S(s,ms,gs,_s,Uo,l,c,h);if(u){if(n){Gc.fromBufferAttribute(n,r),Wc.fromBufferAttribute(n,o),Xc.fromBufferAttribute(n,a),u.uv=new st;let f=Ge.getInterpolation(Uo,ms,gs,_s,Gc,Wc,Xc,u.uv);Vc||(u.uv=f)}if(i){Gc.fromBufferAttribute(i,r),Wc.fromBufferAttribute(i,o),Xc.fromBufferAttribute(i,a),u.uv1=new st;let f=Ge.getInterpolation(Uo,ms,gs,_s,Gc,Wc,Xc,u.uv1);Vc||(u.uv1=f),gS&&(u.uv2=u.uv1)}if(e){Vm.fromBufferAttribute(e,r),Gm.fromBufferAttribute(e,o),Wm.fromBufferAttribute(e,a),u.normal=new R;let f=Ge.getInterpolation(Uo,ms,gs,_s,Vm,Gm,Wm,u.normal);u.normal.dot(s.direction)>0&&u.normal.multiplyScalar(-1),Vc||(u.normal=f)}let d={a:r,b:o,c:a,normal:new R,materialIndex:0};if(Ge.getNormal(ms,gs,_s,d.normal),u.face=d,u.faceIndex=r,Vc){let f=new R;Ge.getBarycoord(Uo,ms,gs,_s,f),u.barycoord=f}}return u}function qm(s){return s&&s.isMaterial?s.side:s}function vr(s,t,e,n,i,r,o){let a=n*3,l=a+0,c=a+1,h=a+2,{index:u,groups:d}=s;s.index&&(l=u.getX(l),c=u.getX(c),h=u.getX(h));let{position:f,normal:p,uv:y,uv1:g}=s.attributes;if(Array.isArray(t)){let m=n*3;for(let x=0,b=d.length;x<b;x++){let{start:v,count:S,materialIndex:E}=d[x];if(m>=v&&m<v+S){let _=qm(t[E]),M=Xm(e,f,p,y,g,l,c,h,_,r,o);if(M)if(M.faceIndex=n,M.face.materialIndex=E,i)i.push(M);else return M}}}else{let m=qm(t),x=Xm(e,f,p,y,g,l,c,h,m,r,o);if(x)if(x.faceIndex=n,x.face.materialIndex=0,i)i.push(x);else return x}return null}function de(s,t,e,n){let i=s.a,r=s.b,o=s.c,a=t,l=t+1,c=t+2;e&&(a=e.getX(a),l=e.getX(l),c=e.getX(c)),i.x=n.getX(a),i.y=n.getY(a),i.z=n.getZ(a),r.x=n.getX(l),r.y=n.getY(l),r.z=n.getZ(l),o.x=n.getX(c),o.y=n.getY(c),o.z=n.getZ(c)}function Ym(s,t,e,n,i,r,o,a){let{geometry:l,_indirectBuffer:c}=s;for(let h=n,u=n+i;h<u;h++)vr(l,t,e,h,r,o,a)}function Zm(s,t,e,n,i,r,o){let{geometry:a,_indirectBuffer:l}=s,c=1/0,h=null;for(let u=n,d=n+i;u<d;u++){let f;f=vr(a,t,e,u,null,r,o),f&&f.distance<c&&(h=f,c=f.distance)}return h}function $m(s,t,e,n,i,r,o){let{geometry:a}=e,{index:l}=a,c=a.attributes.position;for(let h=s,u=t+s;h<u;h++){let d;if(d=h,de(o,d*3,l,c),o.needsUpdate=!0,n(o,d,i,r))return!0}return!1}function Jm(s,t=null){t&&Array.isArray(t)&&(t=new Set(t));let e=s.geometry,n=e.index?e.index.array:null,i=e.attributes.position,r,o,a,l,c=0,h=s._roots;for(let d=0,f=h.length;d<f;d++)r=h[d],o=new Uint32Array(r),a=new Uint16Array(r),l=new Float32Array(r),u(0,c),c+=r.byteLength;function u(d,f,p=!1){let y=d*2;if(Jt(y,a)){let g=oe(d,o),m=le(y,a),x=1/0,b=1/0,v=1/0,S=-1/0,E=-1/0,_=-1/0;for(let M=3*g,I=3*(g+m);M<I;M++){let A=n[M],P=i.getX(A),L=i.getY(A),F=i.getZ(A);P<x&&(x=P),P>S&&(S=P),L<b&&(b=L),L>E&&(E=L),F<v&&(v=F),F>_&&(_=F)}return l[d+0]!==x||l[d+1]!==b||l[d+2]!==v||l[d+3]!==S||l[d+4]!==E||l[d+5]!==_?(l[d+0]=x,l[d+1]=b,l[d+2]=v,l[d+3]=S,l[d+4]=E,l[d+5]=_,!0):!1}else{let g=ie(d),m=se(d,o),x=p,b=!1,v=!1;if(t){if(!x){let A=g/8+f/32,P=m/8+f/32;b=t.has(A),v=t.has(P),x=!b&&!v}}else b=!0,v=!0;let S=x||b,E=x||v,_=!1;S&&(_=u(g,f,x));let M=!1;E&&(M=u(m,f,x));let I=_||M;if(I)for(let A=0;A<3;A++){let P=g+A,L=m+A,F=l[P],D=l[P+3],k=l[L],G=l[L+3];l[d+A]=F<k?F:k,l[d+A+3]=D>G?D:G}return I}}}function on(s,t,e,n,i){let r,o,a,l,c,h,u=1/e.direction.x,d=1/e.direction.y,f=1/e.direction.z,p=e.origin.x,y=e.origin.y,g=e.origin.z,m=t[s],x=t[s+3],b=t[s+1],v=t[s+3+1],S=t[s+2],E=t[s+3+2];return u>=0?(r=(m-p)*u,o=(x-p)*u):(r=(x-p)*u,o=(m-p)*u),d>=0?(a=(b-y)*d,l=(v-y)*d):(a=(v-y)*d,l=(b-y)*d),r>l||a>o||((a>r||isNaN(r))&&(r=a),(l<o||isNaN(o))&&(o=l),f>=0?(c=(S-g)*f,h=(E-g)*f):(c=(E-g)*f,h=(S-g)*f),r>h||c>o)?!1:((c>r||r!==r)&&(r=c),(h<o||o!==o)&&(o=h),r<=i&&o>=n)}function Km(s,t,e,n,i,r,o,a){let{geometry:l,_indirectBuffer:c}=s;for(let h=n,u=n+i;h<u;h++){let d=c?c[h]:h;vr(l,t,e,d,r,o,a)}}function jm(s,t,e,n,i,r,o){let{geometry:a,_indirectBuffer:l}=s,c=1/0,h=null;for(let u=n,d=n+i;u<d;u++){let f;f=vr(a,t,e,l?l[u]:u,null,r,o),f&&f.distance<c&&(h=f,c=f.distance)}return h}function Qm(s,t,e,n,i,r,o){let{geometry:a}=e,{index:l}=a,c=a.attributes.position;for(let h=s,u=t+s;h<u;h++){let d;if(d=e.resolveTriangleIndex(h),de(o,d*3,l,c),o.needsUpdate=!0,n(o,d,i,r))return!0}return!1}function tg(s,t,e,n,i,r,o){qt.setBuffer(s._roots[t]),on(0,qt.float32Array,n,r,o)&&bd(0,s,e,n,i,r,o),qt.clearBuffer()}function bd(s,t,e,n,i,r,o){let{float32Array:a,uint16Array:l,uint32Array:c}=qt,h=s*2;if(Jt(h,l)){let d=oe(s,c),f=le(h,l);Ym(t,e,n,d,f,i,r,o)}else{let d=ie(s);on(d,a,n,r,o)&&bd(d,t,e,n,i,r,o);let f=se(s,c);on(f,a,n,r,o)&&bd(f,t,e,n,i,r,o)}}var xS=["x","y","z"];function eg(s,t,e,n,i,r){qt.setBuffer(s._roots[t]);let o=null;return on(0,qt.float32Array,n,i,r)&&(o=Sd(0,s,e,n,i,r)),qt.clearBuffer(),o}function Sd(s,t,e,n,i,r){let{float32Array:o,uint16Array:a,uint32Array:l}=qt,c=s*2;if(Jt(c,a)){let u=oe(s,l),d=le(c,a);return Zm(t,e,n,u,d,i,r)}else{let u=dr(s,l),d=xS[u],p=n.direction[d]>=0,y,g;p?(y=ie(s),g=se(s,l)):(y=se(s,l),g=ie(s));let x=on(y,o,n,i,r)?Sd(y,t,e,n,i,r):null;if(x){let S=x.point[d];if(p?S<=o[g+u]:S>=o[g+u+3])return x}let v=on(g,o,n,i,r)?Sd(g,t,e,n,i,r):null;return x&&v?x.distance<=v.distance?x:v:x||v||null}}var qc=new Qt,br=new Ye,Sr=new Ye,Fo=new It,ng=new Me,Yc=new Me;function ig(s,t,e,n){qt.setBuffer(s._roots[t]);let i=Md(0,s,e,n);return qt.clearBuffer(),i}function Md(s,t,e,n,i=null){let{float32Array:r,uint16Array:o,uint32Array:a}=qt,l=s*2;if(i===null&&(e.boundingBox||e.computeBoundingBox(),ng.set(e.boundingBox.min,e.boundingBox.max,n),i=ng),Jt(l,o)){let h=t.geometry,u=h.index,d=h.attributes.position,f=e.index,p=e.attributes.position,y=oe(s,a),g=le(l,o);if(Fo.copy(n).invert(),e.boundsTree)return ue(s,r,Yc),Yc.matrix.copy(Fo),Yc.needsUpdate=!0,e.boundsTree.shapecast({intersectsBounds:x=>Yc.intersectsBox(x),intersectsTriangle:x=>{x.a.applyMatrix4(n),x.b.applyMatrix4(n),x.c.applyMatrix4(n),x.needsUpdate=!0;for(let b=y*3,v=(g+y)*3;b<v;b+=3)if(de(Sr,b,u,d),Sr.needsUpdate=!0,x.intersectsTriangle(Sr))return!0;return!1}});{let m=Ji(e);for(let x=y*3,b=(g+y)*3;x<b;x+=3){de(br,x,u,d),br.a.applyMatrix4(Fo),br.b.applyMatrix4(Fo),br.c.applyMatrix4(Fo),br.needsUpdate=!0;for(let v=0,S=m*3;v<S;v+=3)if(de(Sr,v,f,p),Sr.needsUpdate=!0,br.intersectsTriangle(Sr))return!0}}}else{let h=ie(s),u=se(s,a);return ue(h,r,qc),!!(i.intersectsBox(qc)&&Md(h,t,e,n,i)||(ue(u,r,qc),i.intersectsBox(qc)&&Md(u,t,e,n,i)))}}var Zc=new It,wd=new Me,Oo=new Me,yS=new R,vS=new R,bS=new R,SS=new R;function sg(s,t,e,n={},i={},r=0,o=1/0){t.boundingBox||t.computeBoundingBox(),wd.set(t.boundingBox.min,t.boundingBox.max,e),wd.needsUpdate=!0;let a=s.geometry,l=a.attributes.position,c=a.index,h=t.attributes.position,u=t.index,d=gn.getPrimitive(),f=gn.getPrimitive(),p=yS,y=vS,g=null,m=null;i&&(g=bS,m=SS);let x=1/0,b=null,v=null;return Zc.copy(e).invert(),Oo.matrix.copy(Zc),s.shapecast({boundsTraverseOrder:S=>wd.distanceToBox(S),intersectsBounds:(S,E,_)=>_<x&&_<o?(E&&(Oo.min.copy(S.min),Oo.max.copy(S.max),Oo.needsUpdate=!0),!0):!1,intersectsRange:(S,E)=>{if(t.boundsTree)return t.boundsTree.shapecast({boundsTraverseOrder:M=>Oo.distanceToBox(M),intersectsBounds:(M,I,A)=>A<x&&A<o,intersectsRange:(M,I)=>{for(let A=M,P=M+I;A<P;A++){de(f,3*A,u,h),f.a.applyMatrix4(e),f.b.applyMatrix4(e),f.c.applyMatrix4(e),f.needsUpdate=!0;for(let L=S,F=S+E;L<F;L++){de(d,3*L,c,l),d.needsUpdate=!0;let D=d.distanceToTriangle(f,p,g);if(D<x&&(y.copy(p),m&&m.copy(g),x=D,b=L,v=A),D<r)return!0}}}});{let _=Ji(t);for(let M=0,I=_;M<I;M++){de(f,3*M,u,h),f.a.applyMatrix4(e),f.b.applyMatrix4(e),f.c.applyMatrix4(e),f.needsUpdate=!0;for(let A=S,P=S+E;A<P;A++){de(d,3*A,c,l),d.needsUpdate=!0;let L=d.distanceToTriangle(f,p,g);if(L<x&&(y.copy(p),m&&m.copy(g),x=L,b=A,v=M),L<r)return!0}}}}}),gn.releasePrimitive(d),gn.releasePrimitive(f),x===1/0?null:(n.point?n.point.copy(y):n.point=y.clone(),n.distance=x,n.faceIndex=b,i&&(i.point?i.point.copy(m):i.point=m.clone(),i.point.applyMatrix4(Zc),y.applyMatrix4(Zc),i.distance=y.sub(i.point).length(),i.faceIndex=v),n)}function rg(s,t=null){t&&Array.isArray(t)&&(t=new Set(t));let e=s.geometry,n=e.index?e.index.array:null,i=e.attributes.position,r,o,a,l,c=0,h=s._roots;for(let d=0,f=h.length;d<f;d++)r=h[d],o=new Uint32Array(r),a=new Uint16Array(r),l=new Float32Array(r),u(0,c),c+=r.byteLength;function u(d,f,p=!1){let y=d*2;if(Jt(y,a)){let g=oe(d,o),m=le(y,a),x=1/0,b=1/0,v=1/0,S=-1/0,E=-1/0,_=-1/0;for(let M=g,I=g+m;M<I;M++){let A=3*s.resolveTriangleIndex(M);for(let P=0;P<3;P++){let L=A+P;L=n?n[L]:L;let F=i.getX(L),D=i.getY(L),k=i.getZ(L);F<x&&(x=F),F>S&&(S=F),D<b&&(b=D),D>E&&(E=D),k<v&&(v=k),k>_&&(_=k)}}return l[d+0]!==x||l[d+1]!==b||l[d+2]!==v||l[d+3]!==S||l[d+4]!==E||l[d+5]!==_?(l[d+0]=x,l[d+1]=b,l[d+2]=v,l[d+3]=S,l[d+4]=E,l[d+5]=_,!0):!1}else{let g=ie(d),m=se(d,o),x=p,b=!1,v=!1;if(t){if(!x){let A=g/8+f/32,P=m/8+f/32;b=t.has(A),v=t.has(P),x=!b&&!v}}else b=!0,v=!0;let S=x||b,E=x||v,_=!1;S&&(_=u(g,f,x));let M=!1;E&&(M=u(m,f,x));let I=_||M;if(I)for(let A=0;A<3;A++){let P=g+A,L=m+A,F=l[P],D=l[P+3],k=l[L],G=l[L+3];l[d+A]=F<k?F:k,l[d+A+3]=D>G?D:G}return I}}}function og(s,t,e,n,i,r,o){qt.setBuffer(s._roots[t]),on(0,qt.float32Array,n,r,o)&&Ed(0,s,e,n,i,r,o),qt.clearBuffer()}function Ed(s,t,e,n,i,r,o){let{float32Array:a,uint16Array:l,uint32Array:c}=qt,h=s*2;if(Jt(h,l)){let d=oe(s,c),f=le(h,l);Km(t,e,n,d,f,i,r,o)}else{let d=ie(s);on(d,a,n,r,o)&&Ed(d,t,e,n,i,r,o);let f=se(s,c);on(f,a,n,r,o)&&Ed(f,t,e,n,i,r,o)}}var MS=["x","y","z"];function ag(s,t,e,n,i,r){qt.setBuffer(s._roots[t]);let o=null;return on(0,qt.float32Array,n,i,r)&&(o=Td(0,s,e,n,i,r)),qt.clearBuffer(),o}function Td(s,t,e,n,i,r){let{float32Array:o,uint16Array:a,uint32Array:l}=qt,c=s*2;if(Jt(c,a)){let u=oe(s,l),d=le(c,a);return jm(t,e,n,u,d,i,r)}else{let u=dr(s,l),d=MS[u],p=n.direction[d]>=0,y,g;p?(y=ie(s),g=se(s,l)):(y=se(s,l),g=ie(s));let x=on(y,o,n,i,r)?Td(y,t,e,n,i,r):null;if(x){let S=x.point[d];if(p?S<=o[g+u]:S>=o[g+u+3])return x}let v=on(g,o,n,i,r)?Td(g,t,e,n,i,r):null;return x&&v?x.distance<=v.distance?x:v:x||v||null}}var $c=new Qt,Mr=new Ye,wr=new Ye,Bo=new It,lg=new Me,Jc=new Me;function cg(s,t,e,n){qt.setBuffer(s._roots[t]);let i=Ad(0,s,e,n);return qt.clearBuffer(),i}function Ad(s,t,e,n,i=null){let{float32Array:r,uint16Array:o,uint32Array:a}=qt,l=s*2;if(i===null&&(e.boundingBox||e.computeBoundingBox(),lg.set(e.boundingBox.min,e.boundingBox.max,n),i=lg),Jt(l,o)){let h=t.geometry,u=h.index,d=h.attributes.position,f=e.index,p=e.attributes.position,y=oe(s,a),g=le(l,o);if(Bo.copy(n).invert(),e.boundsTree)return ue(s,r,Jc),Jc.matrix.copy(Bo),Jc.needsUpdate=!0,e.boundsTree.shapecast({intersectsBounds:x=>Jc.intersectsBox(x),intersectsTriangle:x=>{x.a.applyMatrix4(n),x.b.applyMatrix4(n),x.c.applyMatrix4(n),x.needsUpdate=!0;for(let b=y,v=g+y;b<v;b++)if(de(wr,3*t.resolveTriangleIndex(b),u,d),wr.needsUpdate=!0,x.intersectsTriangle(wr))return!0;return!1}});{let m=Ji(e);for(let x=y,b=g+y;x<b;x++){let v=t.resolveTriangleIndex(x);de(Mr,3*v,u,d),Mr.a.applyMatrix4(Bo),Mr.b.applyMatrix4(Bo),Mr.c.applyMatrix4(Bo),Mr.needsUpdate=!0;for(let S=0,E=m*3;S<E;S+=3)if(de(wr,S,f,p),wr.needsUpdate=!0,Mr.intersectsTriangle(wr))return!0}}}else{let h=ie(s),u=se(s,a);return ue(h,r,$c),!!(i.intersectsBox($c)&&Ad(h,t,e,n,i)||(ue(u,r,$c),i.intersectsBox($c)&&Ad(u,t,e,n,i)))}}var Kc=new It,Rd=new Me,ko=new Me,wS=new R,ES=new R,TS=new R,AS=new R;function hg(s,t,e,n={},i={},r=0,o=1/0){t.boundingBox||t.computeBoundingBox(),Rd.set(t.boundingBox.min,t.boundingBox.max,e),Rd.needsUpdate=!0;let a=s.geometry,l=a.attributes.position,c=a.index,h=t.attributes.position,u=t.index,d=gn.getPrimitive(),f=gn.getPrimitive(),p=wS,y=ES,g=null,m=null;i&&(g=TS,m=AS);let x=1/0,b=null,v=null;return Kc.copy(e).invert(),ko.matrix.copy(Kc),s.shapecast({boundsTraverseOrder:S=>Rd.distanceToBox(S),intersectsBounds:(S,E,_)=>_<x&&_<o?(E&&(ko.min.copy(S.min),ko.max.copy(S.max),ko.needsUpdate=!0),!0):!1,intersectsRange:(S,E)=>{if(t.boundsTree){let _=t.boundsTree;return _.shapecast({boundsTraverseOrder:M=>ko.distanceToBox(M),intersectsBounds:(M,I,A)=>A<x&&A<o,intersectsRange:(M,I)=>{for(let A=M,P=M+I;A<P;A++){let L=_.resolveTriangleIndex(A);de(f,3*L,u,h),f.a.applyMatrix4(e),f.b.applyMatrix4(e),f.c.applyMatrix4(e),f.needsUpdate=!0;for(let F=S,D=S+E;F<D;F++){let k=s.resolveTriangleIndex(F);de(d,3*k,c,l),d.needsUpdate=!0;let G=d.distanceToTriangle(f,p,g);if(G<x&&(y.copy(p),m&&m.copy(g),x=G,b=F,v=A),G<r)return!0}}}})}else{let _=Ji(t);for(let M=0,I=_;M<I;M++){de(f,3*M,u,h),f.a.applyMatrix4(e),f.b.applyMatrix4(e),f.c.applyMatrix4(e),f.needsUpdate=!0;for(let A=S,P=S+E;A<P;A++){let L=s.resolveTriangleIndex(A);de(d,3*L,c,l),d.needsUpdate=!0;let F=d.distanceToTriangle(f,p,g);if(F<x&&(y.copy(p),m&&m.copy(g),x=F,b=A,v=M),F<r)return!0}}}}}),gn.releasePrimitive(d),gn.releasePrimitive(f),x===1/0?null:(n.point?n.point.copy(y):n.point=y.clone(),n.distance=x,n.faceIndex=b,i&&(i.point?i.point.copy(m):i.point=m.clone(),i.point.applyMatrix4(Kc),y.applyMatrix4(Kc),i.distance=y.sub(i.point).length(),i.faceIndex=v),n)}function Cd(s,t,e){return s===null?null:(s.point.applyMatrix4(t.matrixWorld),s.distance=s.point.distanceTo(e.ray.origin),s.object=t,s)}var jc=new Me,Qc=new Zn,ug=new R,dg=new It,fg=new R,Pd=["getX","getY","getZ"],th=class s extends Hc{static serialize(t,e={}){e={cloneBuffers:!0,...e};let n=t.geometry,i=t._roots,r=t._indirectBuffer,o=n.getIndex(),a={version:1,roots:null,index:null,indirectBuffer:null};return e.cloneBuffers?(a.roots=i.map(l=>l.slice()),a.index=o?o.array.slice():null,a.indirectBuffer=r?r.slice():null):(a.roots=i,a.index=o?o.array:null,a.indirectBuffer=r),a}static deserialize(t,e,n={}){n={setIndex:!0,indirect:!!t.indirectBuffer,...n};let{index:i,roots:r,indirectBuffer:o}=t;t.version||(console.warn("MeshBVH.deserialize: Serialization format has been changed and will be fixed up. It is recommended to regenerate any stored serialized data."),l(r));let a=new s(e,{...n,[Po]:!0});if(a._roots=r,a._indirectBuffer=o||null,n.setIndex){let c=e.getIndex();if(c===null){let h=new te(t.index,1,!1);e.setIndex(h)}else c.array!==i&&(c.array.set(i),c.needsUpdate=!0)}return a;function l(c){for(let h=0;h<c.length;h++){let u=c[h],d=new Uint32Array(u),f=new Uint16Array(u);for(let p=0,y=u.byteLength/32;p<y;p++){let g=8*p,m=2*g;Jt(m,f)||(d[g+6]=d[g+6]/8-p)}}}}get primitiveStride(){return 3}get resolveTriangleIndex(){return this.resolvePrimitiveIndex}constructor(t,e={}){e.maxLeafTris&&(console.warn('MeshBVH: "maxLeafTris" option has been deprecated. Use "targetLeafSize", instead.'),e={...e,targetLeafSize:e.maxLeafTris}),super(t,e)}shiftTriangleOffsets(t){return super.shiftPrimitiveOffsets(t)}writePrimitiveBounds(t,e,n){let i=this.geometry,r=this._indirectBuffer,o=i.attributes.position,a=i.index?i.index.array:null,c=(r?r[t]:t)*3,h=c+0,u=c+1,d=c+2;a&&(h=a[h],u=a[u],d=a[d]);for(let f=0;f<3;f++){let p=o[Pd[f]](h),y=o[Pd[f]](u),g=o[Pd[f]](d),m=p;y<m&&(m=y),g<m&&(m=g);let x=p;y>x&&(x=y),g>x&&(x=g),e[n+f]=m,e[n+f+3]=x}return e}computePrimitiveBounds(t,e,n){let i=this.geometry,r=this._indirectBuffer,o=i.attributes.position,a=i.index?i.index.array:null,l=o.normalized;if(t<0||e+t-n.offset>n.length/6)throw new Error("MeshBVH: compute triangle bounds range is invalid.");let c=o.array,h=o.offset||0,u=3;o.isInterleavedBufferAttribute&&(u=o.data.stride);let d=["getX","getY","getZ"],f=n.offset;for(let p=t,y=t+e;p<y;p++){let m=(r?r[p]:p)*3,x=(p-f)*6,b=m+0,v=m+1,S=m+2;a&&(b=a[b],v=a[v],S=a[S]),l||(b=b*u+h,v=v*u+h,S=S*u+h);for(let E=0;E<3;E++){let _,M,I;l?(_=o[d[E]](b),M=o[d[E]](v),I=o[d[E]](S)):(_=c[b+E],M=c[v+E],I=c[S+E]);let A=_;M<A&&(A=M),I<A&&(A=I);let P=_;M>P&&(P=M),I>P&&(P=I);let L=(P-A)/2,F=E*2;n[x+F+0]=A+L,n[x+F+1]=L+(Math.abs(A)+L)*ur}}return n}raycastObject3D(t,e,n=[]){let{material:i}=t;if(i===void 0)return;dg.copy(t.matrixWorld).invert(),Qc.copy(e.ray).applyMatrix4(dg),fg.setFromMatrixScale(t.matrixWorld),ug.copy(Qc.direction).multiply(fg);let r=ug.length(),o=e.near/r,a=e.far/r;if(e.firstHitOnly===!0){let l=this.raycastFirst(Qc,i,o,a);l=Cd(l,t,e),l&&n.push(l)}else{let l=this.raycast(Qc,i,o,a);for(let c=0,h=l.length;c<h;c++){let u=Cd(l[c],t,e);u&&n.push(u)}}return n}refit(t=null){return(this.indirect?rg:Jm)(this,t)}raycast(t,e=Kn,n=0,i=1/0){let r=this._roots,o=[],a=this.indirect?og:tg;for(let l=0,c=r.length;l<c;l++)a(this,l,e,t,o,n,i);return o}raycastFirst(t,e=Kn,n=0,i=1/0){let r=this._roots,o=null,a=this.indirect?ag:eg;for(let l=0,c=r.length;l<c;l++){let h=a(this,l,e,t,n,i);h!=null&&(o==null||h.distance<o.distance)&&(o=h)}return o}intersectsGeometry(t,e){let n=!1,i=this._roots,r=this.indirect?cg:ig;for(let o=0,a=i.length;o<a&&(n=r(this,o,t,e),!n);o++);return n}shapecast(t){let e=gn.getPrimitive(),n=super.shapecast({...t,intersectsPrimitive:t.intersectsTriangle,scratchPrimitive:e,iterate:this.indirect?Qm:$m});return gn.releasePrimitive(e),n}bvhcast(t,e,n){let{intersectsRanges:i,intersectsTriangles:r}=n,o=gn.getPrimitive(),a=this.geometry.index,l=this.geometry.attributes.position,c=this.indirect?p=>{let y=this.resolveTriangleIndex(p);de(o,y*3,a,l)}:p=>{de(o,p*3,a,l)},h=gn.getPrimitive(),u=t.geometry.index,d=t.geometry.attributes.position,f=t.indirect?p=>{let y=t.resolveTriangleIndex(p);de(h,y*3,u,d)}:p=>{de(h,p*3,u,d)};if(r){if(!(t instanceof s))throw new Error('MeshBVH: "intersectsTriangles" callback can only be used with another MeshBVH.');let p=(y,g,m,x,b,v,S,E)=>{for(let _=m,M=m+x;_<M;_++){f(_),h.a.applyMatrix4(e),h.b.applyMatrix4(e),h.c.applyMatrix4(e),h.needsUpdate=!0;for(let I=y,A=y+g;I<A;I++)if(c(I),o.needsUpdate=!0,r(o,h,I,_,b,v,S,E))return!0}return!1};if(i){let y=i;i=function(g,m,x,b,v,S,E,_){return y(g,m,x,b,v,S,E,_)?!0:p(g,m,x,b,v,S,E,_)}}else i=p}return super.bvhcast(t,e,{intersectsRanges:i})}intersectsBox(t,e){return jc.set(t.min,t.max,e),jc.needsUpdate=!0,this.shapecast({intersectsBounds:n=>jc.intersectsBox(n),intersectsTriangle:n=>jc.intersectsTriangle(n)})}intersectsSphere(t){return this.shapecast({intersectsBounds:e=>t.intersectsBox(e),intersectsTriangle:e=>e.intersectsSphere(t)})}closestPointToGeometry(t,e,n={},i={},r=0,o=1/0){return(this.indirect?hg:sg)(this,t,e,n,i,r,o)}closestPointToPoint(t,e={},n=0,i=1/0){return Hm(this,t,e,n,i)}};var WR=parseInt("187")>=166,Er={Mesh:Ut.prototype.raycast,Line:ki.prototype.raycast,LineSegments:Ks.prototype.raycast,LineLoop:js.prototype.raycast,Points:Qs.prototype.raycast,BatchedMesh:eo.prototype.raycast},Ze=new Ut,eh=[];function pg(s,t){if(this.isBatchedMesh)RS.call(this,s,t);else{let{geometry:e}=this;if(e.boundsTree)e.boundsTree.raycastObject3D(this,s,t);else{let n;if(this instanceof Ut)n=Er.Mesh;else if(this instanceof Ks)n=Er.LineSegments;else if(this instanceof js)n=Er.LineLoop;else if(this instanceof ki)n=Er.Line;else if(this instanceof Qs)n=Er.Points;else throw new Error("BVH: Fallback raycast function not found.");n.call(this,s,t)}}}function RS(s,t){if(this.boundsTrees){let e=this.boundsTrees,n=this._drawInfo||this._instanceInfo,i=this._drawRanges||this._geometryInfo,r=this.matrixWorld;Ze.material=this.material,Ze.geometry=this.geometry;let o=Ze.geometry.boundsTree,a=Ze.geometry.drawRange;Ze.geometry.boundingSphere===null&&(Ze.geometry.boundingSphere=new en);for(let l=0,c=n.length;l<c;l++){if(!this.getVisibleAt(l))continue;let h=n[l].geometryIndex;if(Ze.geometry.boundsTree=e[h],this.getMatrixAt(l,Ze.matrixWorld).premultiply(r),!Ze.geometry.boundsTree){this.getBoundingBoxAt(h,Ze.geometry.boundingBox),this.getBoundingSphereAt(h,Ze.geometry.boundingSphere);let u=i[h];Ze.geometry.setDrawRange(u.start,u.count)}Ze.raycast(s,eh);for(let u=0,d=eh.length;u<d;u++){let f=eh[u];f.object=this,f.batchId=l,t.push(f)}eh.length=0}Ze.geometry.boundsTree=o,Ze.geometry.drawRange=a,Ze.material=null,Ze.geometry=null}else Er.BatchedMesh.call(this,s,t)}function mg(s,t){let e=new Uint32Array(s+1);for(let r=0;r<t.length;r++)e[t[r]+1]+=2;for(let r=0;r<s;r++)e[r+1]+=e[r];let n=new Uint32Array(e[s]),i=e.slice(0,s);for(let r=0;r<t.length;r+=3){let o=t[r],a=t[r+1],l=t[r+2];n[i[o]++]=a,n[i[o]++]=l,n[i[a]++]=l,n[i[a]++]=o,n[i[l]++]=o,n[i[l]++]=a}return{off:e,nb:n}}var nh=class{constructor(t,e=3){this.pos=t,this.cell=e,this.map=new Map;let n=t.length/3;for(let i=0;i<n;i++){let r=this.key(t[3*i],t[3*i+1],t[3*i+2]),o=this.map.get(r);o||this.map.set(r,o=[]),o.push(i)}}key(t,e,n){let i=this.cell;return`${Math.floor(t/i)},${Math.floor(e/i)},${Math.floor(n/i)}`}nearest(t,e,n){let i=this.cell,r=this.pos,o=Math.floor(t/i),a=Math.floor(e/i),l=Math.floor(n/i),c=-1,h=1/0;for(let u=1;u<=3&&c<0;u++)for(let d=-u;d<=u;d++)for(let f=-u;f<=u;f++)for(let p=-u;p<=u;p++){let y=this.map.get(`${o+d},${a+f},${l+p}`);if(y)for(let g of y){let m=(r[3*g]-t)**2+(r[3*g+1]-e)**2+(r[3*g+2]-n)**2;m<h&&(h=m,c=g)}}if(c<0){let u=r.length/3;for(let d=0;d<u;d++){let f=(r[3*d]-t)**2+(r[3*d+1]-e)**2+(r[3*d+2]-n)**2;f<h&&(h=f,c=d)}}return c}};var ih=class{constructor(t){this.material=t,this.mesh=null,this.n=0,this.pos=null,this.nrm=null,this.adj=null,this.grid=null,this.colourWork=null,this.stippleWork=null}load(t,e,n){let i=e,r=n,o=i.length/3,a=this.mesh&&this.n===o&&this.mesh.geometry.index.count===r.length;this.n=o,this.pos=i;let l;return a?(l=this.mesh.geometry,l.setAttribute("position",new te(i,3))):(this.mesh&&(t.remove(this.mesh),this.mesh.geometry.dispose()),l=new ye,l.setAttribute("position",new te(i,3)),l.setIndex(new te(r,1)),l.setAttribute("color",new te(new Uint8ClampedArray(o*4).fill(255),4,!0)),l.setAttribute("stipple",new te(new Uint8ClampedArray(o),1,!0)),this.colourWork=new Float32Array(o*3),this.stippleWork=new Float32Array(o),this.mesh=new Ut(l,this.material),this.mesh.name="body",this.mesh.raycast=pg,t.add(this.mesh),this.adj=mg(o,r)),l.computeVertexNormals(),l.computeBoundingBox(),l.computeBoundingSphere(),l.boundsTree=null,Wo(()=>{this.mesh&&this.mesh.geometry===l&&(l.boundsTree=new th(l,{indirect:!0}))}),this.nrm=l.getAttribute("normal").array,this.grid=new nh(i,3),!a}get geometry(){return this.mesh?this.mesh.geometry:null}has(t){return t>=0&&t<this.n}point(t,e=new R){return e.set(this.pos[3*t],this.pos[3*t+1],this.pos[3*t+2])}normal(t){return this.has(t)?new R(this.nrm[3*t],this.nrm[3*t+1],this.nrm[3*t+2]):null}surfaceDisc(t,e,n,i=new Map){let r=this.pos,{off:o,nb:a}=this.adj,l=n*n,c=new Set([t]),h=[t];for(;h.length;){let u=h.pop(),d=(r[3*u]-e.x)**2+(r[3*u+1]-e.y)**2+(r[3*u+2]-e.z)**2;if(d>l&&u!==t)continue;let f=Math.max(0,1-Math.sqrt(d)/n);i.set(u,Math.max(i.get(u)||0,f));for(let p=o[u];p<o[u+1];p++){let y=a[p];c.has(y)||(c.add(y),h.push(y))}}return i}vertexDisc(t,e){return this.surfaceDisc(t,this.point(t),e)}};var gg=.35,CS=.55,PS=.22,sh=class{constructor({scene:t,body:e,palette:n}){this.body=e,this.group=new Pe,this.group.name="bony-landmarks",this.group.visible=!1,t.add(this.group),this.material=new nn({color:qe(n.bone)}),this.dot=new ls(CS,12,8),this.pickables=[],this.pack=null,this.built=!1}setPack(t){this.pack=t;for(let e of[...this.group.children])this.group.remove(e),e.geometry!==this.dot&&e.geometry.dispose();this.pickables=[],this.built=!1}get landmarks(){return this.pack?.content.landmarks||[]}show(t){t&&!this.built&&this.pack&&this.body.mesh&&this.build(),this.group.visible=!!t}build(){let t=this.pack.arrays;this.landmarks.forEach((e,n)=>{let i=t.landmark_vertices.subarray(t.landmark_offsets[n],t.landmark_offsets[n+1]),r;if(i.length===1||e.kind==="point")r=new Ut(this.dot,this.material),this.body.point(i[0],r.position).addScaledVector(this.body.normal(i[0]).normalize(),gg);else{let o=new Float32Array(i.length*3);i.forEach((l,c)=>{for(let h=0;h<3;h++)o[3*c+h]=this.body.pos[3*l+h]});let a=ps(o,this.body,gg);if(!a)return;r=new Ut(new An(a,Math.max(8,Math.round(a.getLength()*1.5)),PS,5,!1),this.material)}r.name=`landmark:${e.key}`,r.userData.landmark=n,r.updateMatrixWorld(),this.group.add(r),this.pickables.push(r)}),this.built=!0}name(t){let e=this.landmarks[t];return e?e.plain_name&&e.plain_name!==e.name?`${e.name}: ${e.plain_name}`:e.name:""}get drawn(){return this.group.visible?this.pickables.length:0}};function xg(s,t=!1){let e=s[0].index!==null,n=new Set(Object.keys(s[0].attributes)),i=new Set(Object.keys(s[0].morphAttributes)),r={},o={},a=s[0].morphTargetsRelative,l=new ye;l.morphTargetsRelative=a;let c=0;for(let h=0;h<s.length;++h){let u=s[h],d=0,f=0;if(e!==(u.index!==null))return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed with geometry at index "+h+". All geometries must have compatible attributes; make sure index attribute exists among all geometries, or in none of them."),null;for(let p in u.attributes){if(!n.has(p))return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed with geometry at index "+h+'. All geometries must have compatible attributes; make sure "'+p+'" attribute exists among all geometries, or in none of them.'),null;r[p]===void 0&&(r[p]=[]),r[p].push(u.attributes[p]),d++}if(d!==n.size)return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed with geometry at index "+h+". Make sure all geometries have the same number of attributes."),null;if(a!==u.morphTargetsRelative)return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed with geometry at index "+h+". .morphTargetsRelative must be consistent throughout all geometries."),null;for(let p in u.morphAttributes){if(!i.has(p))return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed with geometry at index "+h+".  .morphAttributes must be consistent throughout all geometries."),null;if(u.morphAttributes[p].length!==s[0].morphAttributes[p].length)return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed with geometry at index "+h+'. All geometries must have the same number of morph targets for the "'+p+'" morph attribute.'),null;o[p]===void 0&&(o[p]=[]),o[p].push(u.morphAttributes[p]),f++}if(f!==i.size)return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed with geometry at index "+h+". Make sure all geometries have the same number of morph attributes."),null;if(t){let p;if(e)p=u.index.count;else if(u.attributes.position!==void 0)p=u.attributes.position.count;else return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed with geometry at index "+h+". The geometry must have either an index or a position attribute"),null;l.addGroup(c,p,h),c+=p}}if(e){let h=0,u=[];for(let d=0;d<s.length;++d){let f=s[d].index;for(let p=0;p<f.count;++p)u.push(f.getX(p)+h);h+=s[d].attributes.position.count}l.setIndex(u)}for(let h in r){let u=_g(r[h]);if(!u)return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed while trying to merge the "+h+" attribute."),null;l.setAttribute(h,u)}for(let h in o){let u=o[h][0].length;if(u!==0){l.morphAttributes=l.morphAttributes||{},l.morphAttributes[h]=[];for(let d=0;d<u;++d){let f=[];for(let y=0;y<o[h].length;++y)f.push(o[h][y][d]);let p=_g(f);if(!p)return console.error("THREE.BufferGeometryUtils: .mergeGeometries() failed while trying to merge the "+h+" morphAttribute."),null;l.morphAttributes[h].push(p)}}}return l}function _g(s){let t,e,n,i=-1,r=0;for(let c=0;c<s.length;++c){let h=s[c];if(t===void 0&&(t=h.array.constructor),t!==h.array.constructor)return console.error("THREE.BufferGeometryUtils: .mergeAttributes() failed. BufferAttribute.array must be of consistent array types across matching attributes."),null;if(e===void 0&&(e=h.itemSize),e!==h.itemSize)return console.error("THREE.BufferGeometryUtils: .mergeAttributes() failed. BufferAttribute.itemSize must be consistent across matching attributes."),null;if(n===void 0&&(n=h.normalized),n!==h.normalized)return console.error("THREE.BufferGeometryUtils: .mergeAttributes() failed. BufferAttribute.normalized must be consistent across matching attributes."),null;if(i===-1&&(i=h.gpuType),i!==h.gpuType)return console.error("THREE.BufferGeometryUtils: .mergeAttributes() failed. BufferAttribute.gpuType must be consistent across matching attributes."),null;r+=h.count*e}let o=new t(r),a=new te(o,e,n),l=0;for(let c=0;c<s.length;++c){let h=s[c];if(h.isInterleavedBufferAttribute){let u=l/e;for(let d=0,f=h.count;d<f;d++)for(let p=0;p<e;p++){let y=h.getComponent(d,p);a.setComponent(d+u,p,y)}}else o.set(h.array,l);l+=h.count*e}return i!==void 0&&(a.gpuType=i),a}var rh=`
#include <common>
#include <lights_pars_begin>
uniform float uExposure;

vec3 neutralToneMap(vec3 color) {
  const float StartCompression = 0.8 - 0.04;
  const float Desaturation = 0.15;
  color *= uExposure;
  float x = min(color.r, min(color.g, color.b));
  float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
  color -= offset;
  float peak = max(color.r, max(color.g, color.b));
  if (peak < StartCompression) return color;
  float d = 1. - StartCompression;
  float newPeak = 1. - d * d / (peak + d - StartCompression);
  color *= newPeak / peak;
  float g = 1. - 1. / (Desaturation * (peak - newPeak) + 1.);
  return mix(color, vec3(newPeak), g);
}

vec3 toDisplay(vec3 linear) {
  vec3 c = clamp(neutralToneMap(linear), 0.0, 1.0);
  return mix(pow(c, vec3(0.41666)) * 1.055 - vec3(0.055), c * 12.92, vec3(lessThanEqual(c, vec3(0.0031308))));
}

// Lambert: albedo / pi times the irradiance of every light (three's physically based light units)
vec3 litColour(vec3 albedo, vec3 n) {
  vec3 irradiance = ambientLightColor;
#if NUM_HEMI_LIGHTS > 0
  #pragma unroll_loop_start
  for (int i = 0; i < NUM_HEMI_LIGHTS; i++) {
    irradiance += getHemisphereLightIrradiance(hemisphereLights[UNROLLED_LOOP_INDEX], n);
  }
  #pragma unroll_loop_end
#endif
#if NUM_DIR_LIGHTS > 0
  #pragma unroll_loop_start
  for (int i = 0; i < NUM_DIR_LIGHTS; i++) {
    irradiance += max(dot(n, directionalLights[UNROLLED_LOOP_INDEX].direction), 0.0) * directionalLights[UNROLLED_LOOP_INDEX].color;
  }
  #pragma unroll_loop_end
#endif
  return toDisplay(BRDF_Lambert(albedo) * irradiance);
}
`;function oh(s){return xc.merge([mt.lights,{uExposure:{value:1}},s||{}])}function yg(s){if(!s)return new $n({vertexColors:!0,roughness:.72,metalness:0});let t=new We({lights:!0,vertexColors:!0,uniforms:oh(),vertexShader:rh+`
      varying vec3 vColour;
      void main() {
        vColour = litColour(color.rgb, normalize(normalMatrix * normal));
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,fragmentShader:`
      varying vec3 vColour;
      void main() { gl_FragColor = vec4(vColour, 1.0); }`});return t.name="skin-per-vertex",t}function vg(s,t){let e=new We({lights:!0,transparent:!0,depthWrite:!1,polygonOffset:!0,polygonOffsetFactor:-1,polygonOffsetUnits:-1,uniforms:oh({uDot:{value:s.clone().multiplyScalar(.92)},uPx:{value:t}}),vertexShader:rh+`
      attribute float stipple;
      uniform vec3 uDot;
      varying vec3 vColour;
      varying float vStipple;
      void main() {
        vStipple = stipple;
        vColour = litColour(uDot, normalize(normalMatrix * normal));
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,fragmentShader:`
      uniform float uPx;
      varying vec3 vColour;
      varying float vStipple;
      void main() {
        float sp = 7.0 * uPx;
        vec2 cell = mod(gl_FragCoord.xy, sp) - 0.5 * sp;
        float dotm = (1.0 - smoothstep(1.2 * uPx, 2.2 * uPx, length(cell))) * clamp(vStipple, 0.0, 1.0);
        if (dotm < 0.01) discard;
        gl_FragColor = vec4(vColour, dotm);
      }`});return e.name="spillover-dots",e}function bg(s,t,e){let n=0;for(let i=0;i+2<s.length;i+=3){let r=s[i],o=s[i+1],a=s[i+2];(t[r]>0||t[o]>0||t[a]>0)&&(e[n]=r,e[n+1]=o,e[n+2]=a,n+=3)}return n}function Sg(){try{let s=document.createElement("canvas"),t=s.getContext("webgl2")||s.getContext("webgl");if(!t)return{available:!1,software:!1};let e=t.getExtension("WEBGL_debug_renderer_info"),n=e?t.getParameter(e.UNMASKED_RENDERER_WEBGL):t.getParameter(t.RENDERER);return t.getExtension("WEBGL_lose_context")?.loseContext(),{available:!0,software:/swiftshader|llvmpipe|softpipe|software|mesa offscreen/i.test(String(n))}}catch{return{available:!1,software:!1}}}var IS=rh+`
  attribute float margin;
  uniform vec3 uTint;
  uniform vec3 uEdge;
  varying vec3 vTint;
  varying vec3 vEdge;
  varying float vMargin;
  varying vec3 vWorld;
  void main() {
    vec3 n = normalize(normalMatrix * normal);
    vTint = litColour(uTint, n);
    vEdge = litColour(uEdge, n);
    vMargin = margin;
    vWorld = position;
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }`,LS=`
  uniform float uAlpha;
  uniform float uOutline;
  uniform float uHatch;
  uniform float uDashed;
  uniform float uPx;
  varying vec3 vTint;
  varying vec3 vEdge;
  varying float vMargin;
  varying vec3 vWorld;
  void main() {
    if (vMargin < 0.0) discard;
    // the edge: the last uOutline pixels inside the area, whatever the zoom (fwidth: the margin's change per pixel)
    if (vMargin < uOutline * fwidth(vMargin)) {
      // a dashed edge: a 3D checkerboard of 1.5 cm cells, so the dashes alternate along any edge
      vec3 cell = floor(vWorld / 1.5);
      if (uDashed > 0.5 && mod(cell.x + cell.y + cell.z, 2.0) < 0.5) discard;
      gl_FragColor = vec4(vEdge, 0.95);
      return;
    }
    float a = uAlpha;
    if (uHatch > 0.5) { // diagonal stripes on screen, 8 px apart
      float k = mod(gl_FragCoord.x + gl_FragCoord.y, 8.0 * uPx);
      a = k < 2.5 * uPx ? min(1.0, uAlpha * 1.9) : uAlpha * 0.3;
    }
    gl_FragColor = vec4(vTint, a);
  }`;function zo({tint:s,edge:t,alpha:e=.45,outline:n=2,hatch:i=!1,dashed:r=!1,pixelRatio:o=1}){let a=new We({lights:!0,transparent:!0,depthWrite:!1,polygonOffset:!0,polygonOffsetFactor:-1.5,polygonOffsetUnits:-1.5,uniforms:oh({uTint:{value:qe(s)},uEdge:{value:qe(t)},uAlpha:{value:e},uOutline:{value:n*o},uHatch:{value:i?1:0},uDashed:{value:r?1:0},uPx:{value:o}}),vertexShader:IS,fragmentShader:LS});return a.name="skin-area",a}var Tr=class{constructor({scene:t,body:e,name:n}){this.body=e,this.group=new Pe,this.group.name=n,this.group.renderOrder=2,t.add(this.group),this.cache=new Map,this.corners=null}meshChanged(){for(let t of this.cache.values())this.group.remove(t),t.geometry.dispose();this.cache.clear(),this.corners=null}show(t){let e=new Set(t.map(n=>n.key));for(let[n,i]of this.cache)i.visible=e.has(n);for(let n of t){let i=this.cache.get(n.key);i||(i=new Ut(this.geometry(n.near,n.margin),n.material),i.name=`area:${n.key}`,i.renderOrder=2,this.cache.set(n.key,i),this.group.add(i)),i.material=n.material,i.visible=!0}}geometry(t,e){let n=this.body,i=n.geometry.index.array;this.corners||(this.corners=DS(n.n,i));let r=new Map;t.forEach((f,p)=>r.set(f,p));let o=new Float32Array(t.length*3),a=new Float32Array(t.length*3);t.forEach((f,p)=>{for(let y=0;y<3;y++)o[3*p+y]=n.pos[3*f+y],a[3*p+y]=n.nrm[3*f+y]});let l=[],c=new Set,{off:h,tri:u}=this.corners;for(let f of t)for(let p=h[f];p<h[f+1];p++){let y=u[p];if(c.has(y))continue;c.add(y);let g=r.get(i[3*y]),m=r.get(i[3*y+1]),x=r.get(i[3*y+2]);g!==void 0&&m!==void 0&&x!==void 0&&l.push(g,m,x)}let d=new ye;return d.setAttribute("position",new te(o,3)),d.setAttribute("normal",new te(a,3)),d.setAttribute("margin",new te(Float32Array.from(e),1)),d.setIndex(l),d.computeBoundingSphere(),d}get drawn(){let t=0;for(let e of this.cache.values())e.visible&&t++;return t}};function DS(s,t){let e=new Int32Array(s+1);for(let r=0;r<t.length;r++)e[t[r]+1]++;for(let r=0;r<s;r++)e[r+1]+=e[r];let n=e.slice(0,s),i=new Int32Array(t.length);for(let r=0;r<t.length;r++)i[n[t[r]]++]=Math.floor(r/3);return{off:e,tri:i}}var NS=.13,US=.3,FS=1.4,Mg=4,OS=.35,ah=class{constructor({scene:t,wrap:e,body:n,palette:i,texts:r,pixelRatio:o}){this.body=n,this.texts=r,this.areas=new Tr({scene:t,body:n,name:"muscle-areas"}),this.palette=i,this.pixelRatio=o,this.materials={superficial:new Map,deep:zo({tint:i.muscle,edge:i.muscle_dark,pixelRatio:o,alpha:.32,hatch:!0,dashed:!0})},this.fibreMaterial=new nn({color:qe(i.muscle_dark)}),this.fibreFaint=new nn({color:qe(i.muscle_dark),transparent:!0,opacity:OS,depthWrite:!1}),this.fibreGroup=new Pe,this.fibreGroup.name="muscle-fibres",t.add(this.fibreGroup),this.fibres=new Map,this.labelBox=document.createElement("div"),this.labelBox.className="bm-muscle-labels",this.labelBox.style.cssText="position:absolute;inset:0;pointer-events:none;overflow:hidden;",e.append(this.labelBox),this.labels=[],this.shown=[],this.pack=null}setPack(t){this.pack=t,this.areas.meshChanged();for(let e of this.fibres.values())this.fibreGroup.remove(e),e.geometry.dispose();this.fibres.clear(),this.shown=[],this.shownKey=null}get sites(){return this.pack?.content.muscle_layer||[]}show(t){if(!this.pack||!this.body.mesh)return;let e=this.pack.arrays,n=this.sites,i=[...new Set(t)].filter(a=>a>=0&&a<n.length);if(this.shownKey===i.join())return;this.shownKey=i.join(),this.shown=i,this.areas.show(i.map(a=>({key:n[a].key,material:this.material(n[a]),near:e.muscle_near.subarray(e.muscle_near_offsets[a],e.muscle_near_offsets[a+1]),margin:Float32Array.from(e.muscle_margin.subarray(e.muscle_near_offsets[a],e.muscle_near_offsets[a+1]),l=>l/10)})));let r=new Set(i);for(let[a,l]of this.fibres)l&&(l.visible=r.has(a));for(let a of i)if(this.fibres.has(a))this.fibres.get(a)&&(this.fibres.get(a).visible=!0);else{let l=this.fibreMesh(a);this.fibres.set(a,l),l&&this.fibreGroup.add(l)}let o=i.length<=Mg?this.fibreMaterial:this.fibreFaint;for(let a of i)this.fibres.get(a)&&(this.fibres.get(a).material=o);this.makeLabels(i.length<=Mg?i:[])}material(t){if(t.layer==="deep")return this.materials.deep;let e=this.palette[t.tint]?t.tint:"muscle";return this.materials.superficial.has(e)||this.materials.superficial.set(e,zo({tint:this.palette[e],edge:this.palette.muscle_dark,pixelRatio:this.pixelRatio,alpha:.4})),this.materials.superficial.get(e)}fibreMesh(t){let e=this.pack.arrays,n=this.sites[t].layer==="deep",i=0;for(let a=0;a<t;a++)i+=e.muscle_fibre_counts[a];let r=[];for(let a=i;a<i+e.muscle_fibre_counts[t];a++){let l=e.muscle_fibres.subarray(e.muscle_fibre_offsets[a],e.muscle_fibre_offsets[a+1]),c=new Float32Array(l.length*3);l.forEach((u,d)=>{c[3*d]=this.body.pos[3*u],c[3*d+1]=this.body.pos[3*u+1],c[3*d+2]=this.body.pos[3*u+2]});let h=ps(c,this.body,US);if(h)for(let u of n?BS(h,FS):[h]){let d=Math.max(4,Math.round(u.getLength()*1.2));r.push(new An(u,d,NS,4,!1))}}if(!r.length)return null;let o=new Ut(xg(r),this.fibreMaterial);for(let a of r)a.dispose();return o.name=`fibres:${this.sites[t].key}`,o}name(t,e=!1){let n=this.sites[t],i=this.texts.muscle_layer,r=e&&n.plain_name?n.plain_name:n.name;return n.layer==="deep"?Wt(i.deep_label,{muscle:r,over:n.under.join(", ")}):Wt(i.superficial_label,{muscle:r,plain:n.plain_name||n.name})}nameAt(t){let e=this.pack?.arrays;if(!e)return"";let n=this.shown.filter(i=>{let r=e.muscle_near_offsets;for(let o=r[i];o<r[i+1];o++)if(e.muscle_near[o]===t)return e.muscle_margin[o]>=0;return!1});return n.sort((i,r)=>(this.sites[i].layer==="deep")-(this.sites[r].layer==="deep")),n.length?n.map(i=>this.name(i)).join(" \xB7 "):""}makeLabels(t){this.labels=t.map(e=>{let n=document.createElement("div");return n.className=`bm-muscle-label bm-muscle-${this.sites[e].layer}`,n.textContent=this.name(e),{el:n,at:this.labelPoint(e)}}),this.labelBox.replaceChildren(...this.labels.map(e=>e.el))}labelPoint(t){let e=this.pack.arrays,n=e.muscle_near_offsets,i=-1,r=-1/0;for(let a=n[t];a<n[t+1];a++)e.muscle_margin[a]>r&&(r=e.muscle_margin[a],i=e.muscle_near[a]);if(i<0)return null;let o=this.body.normal(i).normalize();return{point:this.body.point(i).addScaledVector(o,1),normal:o}}placeLabels(t,e,n){Id(this.labels,t,e,n)}warmObjects(t){return[this.material({layer:"superficial",tint:"muscle"}),this.materials.deep].map(e=>new Ut(t,e))}};function Id(s,t,e,n){for(let i of s){if(!i.at){i.el.hidden=!0;continue}let r=i.at.point.clone().project(t),o=t.position.clone().sub(i.at.point).dot(i.at.normal)>0;i.el.hidden=!o||r.z>1||Math.abs(r.x)>1||Math.abs(r.y)>1,i.el.style.left=`${(r.x+1)/2*e}px`,i.el.style.top=`${(1-r.y)/2*n}px`}}function BS(s,t){let e=s.getLength(),n=[];for(let i=0;i+t*.5<e;i+=2*t){let r=[];for(let o=0;o<=4;o++)r.push(s.getPointAt(Math.min(1,(i+o/4*Math.min(t,e-i))/e)));n.push(new zi(r))}return n}var lh=class{constructor({scene:t,wrap:e,body:n,palette:i,pixelRatio:r}){this.body=n,this.areas=new Tr({scene:t,body:n,name:"nerve-root-areas"}),this.materials=[i.root,i.root_alt].map(o=>zo({tint:o,edge:i.root_edge,alpha:.42,outline:1.5,pixelRatio:r})),this.labelBox=document.createElement("div"),this.labelBox.className="bm-root-labels",this.labelBox.style.cssText="position:absolute;inset:0;pointer-events:none;overflow:hidden;",e.append(this.labelBox),this.labels=[],this.pack=null,this.on=!1}setPack(t){this.pack=t,this.areas.meshChanged(),this.on&&(this.on=!1,this.show(!0))}get roots(){return this.pack?.content.nerve_roots?.roots||[]}show(t){if(!this.pack||!this.body.mesh||t===this.on)return;this.on=t;let e=this.pack.arrays,n=["C","T","L","S"],i=t?this.roots.map((r,o)=>{let a=kS(this.body,e.root_vertices.subarray(e.root_offsets[o],e.root_offsets[o+1])),l=(n.indexOf(r.root[0])*13+Number(r.root.slice(1)))%2;return{key:r.key,material:this.materials[l],...a}}):[];this.areas.show(i),this.labels=t?this.roots.map((r,o)=>{let a=document.createElement("div");return a.className="bm-root-label",a.textContent=r.root,{el:a,at:zS(this.body,e.root_vertices.subarray(e.root_offsets[o],e.root_offsets[o+1]))}}):[],this.labelBox.replaceChildren(...this.labels.map(r=>r.el))}placeLabels(t,e,n){Id(this.labels,t,e,n)}};function kS(s,t){let e=new Set(t),n=[...t],i=n.map(()=>1),{off:r,nb:o}=s.adj;for(let a of t)for(let l=r[a];l<r[a+1];l++){let c=o[l];e.has(c)||(e.add(c),n.push(c),i.push(-1))}return{near:Uint32Array.from(n),margin:Float32Array.from(i)}}function zS(s,t){if(!t.length)return null;let e=0,n=0,i=0;for(let l of t)e+=s.pos[3*l],n+=s.pos[3*l+1],i+=s.pos[3*l+2];e/=t.length,n/=t.length,i/=t.length;let r=t[0],o=1/0;for(let l of t){let c=(s.pos[3*l]-e)**2+(s.pos[3*l+1]-n)**2+(s.pos[3*l+2]-i)**2;c<o&&(o=c,r=l)}let a=s.normal(r).normalize();return{point:s.point(r).addScaledVector(a,.8),normal:a}}var Ho=class{constructor(t){this.renderer=t,this.gl=t.getContext(),this.width=0,this.height=0,this.framebuffer=null,this.buffers=[],this.target=null,this.size=new st,this.pixel=new Uint8Array(4),this.settleTimer=0}static supported(t){let e=t.getContext();return typeof WebGL2RenderingContext<"u"&&e instanceof WebGL2RenderingContext&&!e.getContextAttributes()?.antialias}allocate(t,e){let n=this.gl;this.release();let i=n.createRenderbuffer();n.bindRenderbuffer(n.RENDERBUFFER,i),n.renderbufferStorage(n.RENDERBUFFER,n.RGBA8,t,e);let r=n.createRenderbuffer();n.bindRenderbuffer(n.RENDERBUFFER,r),n.renderbufferStorage(n.RENDERBUFFER,n.DEPTH_COMPONENT24,t,e),n.bindRenderbuffer(n.RENDERBUFFER,null);let o=n.createFramebuffer(),a=this.renderer.state;a.bindFramebuffer(n.FRAMEBUFFER,o),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,i),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.DEPTH_ATTACHMENT,n.RENDERBUFFER,r);let l=n.checkFramebufferStatus(n.FRAMEBUFFER)===n.FRAMEBUFFER_COMPLETE;if(a.bindFramebuffer(n.FRAMEBUFFER,null),this.framebuffer=o,this.buffers=[i,r],!l)return this.release(),!1;let c=new fn(t,e,{depthBuffer:!0});return c.isXRRenderTarget=!0,c.texture.colorSpace=this.renderer.outputColorSpace,this.renderer.setRenderTargetFramebuffer(c,o),this.target=c,this.width=t,this.height=e,!0}render(t,e){let n=this.renderer;if(n.getDrawingBufferSize(this.size),(!this.target||this.size.x!==this.width||this.size.y!==this.height)&&!this.allocate(this.size.x,this.size.y))return!1;let i=n.getRenderTarget();return n.setRenderTarget(this.target),n.render(t,e),n.setRenderTarget(i),this.gl.flush(),clearTimeout(this.settleTimer),this.settleTimer=setTimeout(()=>this.settle(),0),!0}settle(){if(!this.framebuffer)return;let t=this.gl;t.bindFramebuffer(t.READ_FRAMEBUFFER,this.framebuffer),t.readPixels(0,0,1,1,t.RGBA,t.UNSIGNED_BYTE,this.pixel),t.bindFramebuffer(t.READ_FRAMEBUFFER,null)}present(t=null){let e=this.gl,n=this.renderer;if(n.getDrawingBufferSize(this.size),!this.target||this.size.x!==this.width||this.size.y!==this.height)return!1;let{x:i,y:r,w:o,h:a}=t||{x:0,y:0,w:this.width,h:this.height};return n.setScissorTest(!1),o>0&&a>0&&(e.bindFramebuffer(e.READ_FRAMEBUFFER,this.framebuffer),e.bindFramebuffer(e.DRAW_FRAMEBUFFER,null),e.blitFramebuffer(i,r,i+o,r+a,i,r,i+o,r+a,e.COLOR_BUFFER_BIT,e.NEAREST),e.bindFramebuffer(e.FRAMEBUFFER,null),n.state.bindFramebuffer(e.FRAMEBUFFER,null)),e.flush(),!0}release(){let t=this.gl;clearTimeout(this.settleTimer),this.target&&(this.target.dispose(),this.target=null),this.framebuffer&&t.deleteFramebuffer(this.framebuffer);for(let e of this.buffers)t.deleteRenderbuffer(e);this.framebuffer=null,this.buffers=[],this.width=this.height=0}},ch=class{constructor(t,e,n){t.updateMatrixWorld(),this.camera=t,this.width=e,this.height=n,this.pxPerCm=n/(2*Math.tan(Qn.degToRad(t.fov)/2)),this.x0=1/0,this.y0=1/0,this.x1=-1/0,this.y1=-1/0,this.everything=!1,this.v=new R}add(t,e,n,i){let r=this.v.set(t,e,n).applyMatrix4(this.camera.matrixWorldInverse),o=-r.z;if(o<=this.camera.near){this.everything=!0;return}r.applyMatrix4(this.camera.projectionMatrix);let a=(r.x+1)/2*this.width,l=(r.y+1)/2*this.height,c=i*this.pxPerCm/o+2;this.x0=Math.min(this.x0,a-c),this.x1=Math.max(this.x1,a+c),this.y0=Math.min(this.y0,l-c),this.y1=Math.max(this.y1,l+c)}rect(){if(this.everything)return null;let t=Math.max(0,Math.floor(this.x0)),e=Math.max(0,Math.floor(this.y0)),n=Math.min(this.width,Math.ceil(this.x1)),i=Math.min(this.height,Math.ceil(this.y1));return n<=t||i<=e?{x:0,y:0,w:0,h:0}:{x:t,y:e,w:n-t,h:i-e}}};var HS=5,VS=450,hh=class{constructor(t){this.view=t,this.raycaster=new po,this.raycaster.firstHitOnly=!0,this.ndc=new st;let e=t.stage.renderer;this.offscreen=t.stage.softwareGL&&Ho.supported(e)?new Ho(e):null,this.down=new Map,this.gesture=null,this.guess=null,this.guesses={made:0,shown:0},this.hoverPending=null,this.paintPending=null}rayFrom(t,e){let n=this.view.canvas.getBoundingClientRect();this.ndc.set((t-n.left)/n.width*2-1,-((e-n.top)/n.height)*2+1),this.raycaster.setFromCamera(this.ndc,this.view.stage.camera),this.raycaster.near=0,this.raycaster.far=1/0}nearestCorner(t){let e=t.face,n=this.view.body.pos,i=t.point,r=e.a,o=1/0;for(let a of[e.a,e.b,e.c]){let l=(n[3*a]-i.x)**2+(n[3*a+1]-i.y)**2+(n[3*a+2]-i.z)**2;l<o&&(o=l,r=a)}return r}hitBody(t,e){let n=this.view.body.mesh;if(!n)return null;this.rayFrom(t,e);let i=this.raycaster.intersectObject(n,!1)[0];return i?{kind:"body",vertex:this.nearestCorner(i),point:i.point,distance:i.distance}:null}hitAt(t,e,n=this.view.markers.pickables){let i=this.hitBody(t,e);if(!this.view.body.mesh)return null;for(let o of n)o.updateMatrixWorld();let r=n.length?this.raycaster.intersectObjects(n,!1)[0]:null;if(r&&(!i||r.distance<=i.distance+.5)){let o=r.object.isInstancedMesh?r.object.userData.sites[r.instanceId]:r.object.userData.site;if(o!=null)return{kind:"marker",site:o}}return i}showsVertex(t,e,n){let i=this.hitBody(t,e);return!!i&&i.point.distanceTo(this.view.body.point(n))<=1}guessPick(t,e){let n=this.view,i=n.stage;if(!this.offscreen||!i.ready||!n.mode().preview||n.rig.tween||i.rafId&&i.needFull)return;let r=this.hitAt(t,e);if(!r||r.kind!=="body")return;let o=n.actions.preview(r.vertex);if(!o)return;let a=n.markers.pickables,l=i.renderer.getDrawingBufferSize(new st),c=new ch(i.camera,l.x,l.y),h=n.muscles.shown;if(n.addDrawnArea(c),n.showAnswer(o),n.addDrawnArea(c,GS(h,n.muscles.shown)),this.guess={vertex:r.vertex,answer:o,markers:a,rect:c.rect()},this.guesses.made++,n.placeHalos(),!this.offscreen.render(i.scene,i.camera)){this.dropGuess();return}i.cancelFrame(),i.needFull=!1}dropGuess(){this.guess&&(this.guess=null,this.view.showState())}confirmGuess(t,e){let n=this.guess;if(!n)return!1;let i=this.hitAt(t,e,n.markers);return!i||i.kind!=="body"||i.vertex!==n.vertex||!this.offscreen.present(n.rect)?(this.dropGuess(),!1):(this.guess=null,this.guesses.shown++,this.view.stage.countPresented(),this.view.commitAnswer(n.answer),!0)}pointerDown(t){if(this.down.set(t.pointerId,{x:t.clientX,y:t.clientY}),this.down.size===1){let e={moved:!1,multi:!1,painting:!1,painted:!1,marker:null,button:t.button};if(this.gesture=e,t.button===0&&t.isPrimary&&this.guessPick(t.clientX,t.clientY),t.pointerType!=="mouse"){let n=t.clientX,i=t.clientY;e.longTimer=setTimeout(()=>this.longPress(e,n,i),VS)}if(this.view.mode().gesture==="paint"&&t.button===0){e.painting=!0;let n=this.hitAt(t.clientX,t.clientY);n&&n.kind==="marker"?e.marker=n.site:n&&(this.view.paintAt(n.vertex,n.point),e.painted=!0)}}else this.gesture&&(this.gesture.multi=!0,clearTimeout(this.gesture.longTimer),this.dropGuess());this.view.hideTip()}pointerMove(t){let e=this.down.get(t.pointerId),n=this.gesture;if(e&&n){!n.moved&&Math.hypot(t.clientX-e.x,t.clientY-e.y)>HS&&(n.moved=!0,clearTimeout(n.longTimer),this.dropGuess(),this.view.stage.requestRender(!1)),n.painting&&!n.multi&&(this.paintPending||requestAnimationFrame(()=>this.paintStep()),this.paintPending={x:t.clientX,y:t.clientY});return}this.down.size===0&&t.pointerType==="mouse"&&(this.hoverPending||requestAnimationFrame(()=>{let i=this.hoverPending;this.hoverPending=null,i&&this.hover(i.x,i.y)}),this.hoverPending={x:t.clientX,y:t.clientY})}paintStep(){let t=this.paintPending;if(this.paintPending=null,!t||!this.gesture||!this.gesture.painting)return;let e=this.hitBody(t.x,t.y);e&&(this.view.paintAt(e.vertex,e.point),this.gesture.painted=!0)}pointerEnd(t,e){if(!this.down.has(t.pointerId)||(this.down.delete(t.pointerId),!this.gesture||this.down.size>0))return;let n=this.gesture;this.gesture=null,clearTimeout(n.longTimer);let i=!e&&!n.moved&&!n.multi&&!n.longPressed&&!(t.pointerType==="mouse"&&n.button!==0);if(this.guess&&i&&this.confirmGuess(t.clientX,t.clientY))return;if(this.dropGuess(),this.view.stage.requestRender(!1),n.painting){!n.moved&&!n.multi&&n.marker!=null&&!n.painted?this.view.pickMarker(n.marker):n.painted&&this.view.endStroke();return}if(!i)return;let r=this.hitAt(t.clientX,t.clientY);r&&(r.kind==="marker"?this.view.pickMarker(r.site):this.view.pickVertex(r.vertex,r.point))}clickPending(){let t=this.gesture;return!!(t&&!t.moved&&!t.multi&&!t.painting)}longPress(t,e,n){this.gesture!==t||t.moved||t.multi||t.painting||(t.longPressed=!0,this.dropGuess(),this.hover(e,n,!0))}hover(t,e,n=!1){let i=this.view;if(!i.body.mesh||this.down.size&&!n)return;let r=this.hitAt(t,e);if(r&&r.kind==="marker"){i.showTip(i.siteLabel(r.site),t,e,"pointer"),i.hoverLine("");return}let o="",a=i.lines.pickables;if(a.length){let u=this.raycaster.intersectObjects(a,!1);u.length&&(!r||u[0].distance<=r.distance+1.5)&&(o=u[0].object.userData.line)}i.hoverLine(o);let l=o?"":this.boneAt(r),c=!o&&!l&&r&&r.kind==="body"?i.muscles.nameAt(r.vertex):"",h=o?i.lines.name(o):l||c;h?i.showTip(h,t,e,"help"):i.hideTip()}boneAt(t){let e=this.view.bones;if(!e.drawn)return"";let n=this.raycaster.intersectObjects(e.pickables,!1);return n.length&&(!t||n[0].distance<=t.distance+1)?e.name(n[0].object.userData.landmark):""}keyDown(t){let e=this.view.rig,n=Qn.degToRad(t.shiftKey?45:15),i=!0;t.key==="ArrowLeft"?e.rotateBy(-n,0):t.key==="ArrowRight"?e.rotateBy(n,0):t.key==="ArrowUp"?e.rotateBy(0,-n/1.5):t.key==="ArrowDown"?e.rotateBy(0,n/1.5):t.key==="+"||t.key==="="?e.zoomBy(.85):t.key==="-"||t.key==="_"?e.zoomBy(1/.85):t.key==="Home"||t.key==="0"?this.view.setView(e.current,!0):i=!1,i&&(t.preventDefault(),t.stopPropagation())}attach(t,e){e(t,"pointerdown",n=>this.pointerDown(n)),e(t,"pointermove",n=>this.pointerMove(n)),e(t,"pointerup",n=>this.pointerEnd(n,!1)),e(t,"pointercancel",n=>this.pointerEnd(n,!0)),e(t,"pointerleave",n=>{this.down.size===0&&n.pointerType==="mouse"&&(this.view.hideTip(),this.view.hoverLine(""))}),e(t,"contextmenu",n=>n.preventDefault()),e(t,"keydown",n=>this.keyDown(n))}release(){this.offscreen?.release()}};function GS(s,t){let e=new Set(s),n=new Set(t);return[...s.filter(i=>!n.has(i)),...t.filter(i=>!e.has(i))]}function wg({wrap:s,store:t,pictures:e,texts:n}){let i=document.createElement("p");i.className="bm-picture-note",i.style.cssText="margin:0;padding:8px 12px;font:14px/1.4 system-ui,sans-serif;color:#333;background:#fff8e1;",s.style.overflow="auto";let r={ready:!1,frames:0,firstFrameMs:null},o={picture:!0,project:()=>null,path:()=>null,render:()=>{},setView:h=>t.set({view:String(h)}),guesses:{made:0,shown:0},hoveredLine:"",get ready(){return r.ready},get frames(){return r.frames},get firstFrameMs(){return r.firstFrameMs},get view(){return t.get().view}};if(!e)return i.textContent=n.no_webgl,s.replaceChildren(i),o;i.textContent=n.picture_note;let a=document.createElement("img");a.setAttribute("data-testid","body-picture"),a.style.cssText="display:block;max-width:100%;max-height:calc(100% - 6em);margin:8px auto 0;cursor:crosshair;",a.tabIndex=0;let l=document.createElement("button");l.type="button",l.setAttribute("data-testid","picture-closeup"),l.style.cssText="margin:6px 12px 0;padding:4px 12px;font:14px system-ui,sans-serif;cursor:pointer;";let c=()=>{l.textContent=t.get().closeup?n.whole_body:n.closer_view};return l.addEventListener("click",()=>t.set({closeup:!t.get().closeup})),t.on(["closeup"],c),c(),s.replaceChildren(i,l,a),e.onPicture(h=>{if(!String(h).startsWith("data:image/png;base64,"))return;let u=t.get();a.alt=`${n.picture_alt} ${n.views?.[u.view]||u.view}`+(u.pain>=0?`, ${n.picture_alt_pain}`:""),a.src=h}),a.addEventListener("load",()=>{r.frames+=1,r.ready||(r.ready=!0,r.firstFrameMs=performance.now())}),a.addEventListener("click",h=>{let u=a.getBoundingClientRect();if(u.width<=0||u.height<=0)return;let d=Math.min(1,Math.max(0,(h.clientX-u.left)/u.width)),f=Math.min(1,Math.max(0,(h.clientY-u.top)/u.height));e.click(d,f)}),e.noWebGL(),o}var WS=1.4,XS=5,Eg=.7,qS=.32,YS=`
  varying vec2 vUv; varying vec3 vN;
  void main() {
    vUv = uv; vN = normalize(normalMatrix * normal);
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }`,ZS=`
  uniform float uHead, uDir, uLen, uFade; uniform vec3 uBase, uPulse, uCore;
  varying vec2 vUv; varying vec3 vN;
  void main() {
    float d = (vUv.x - uHead) * uDir * uLen;         // cm ahead (+) / behind (-) the pulse head
    float head = exp(-pow(d / 1.6, 2.0));
    float trail = d < 0.0 ? exp(d / 9.0) : 0.0;
    float glow = max(head, 0.85 * trail) * uFade;
    float shade = 0.7 + 0.45 * max(vN.z, 0.0);
    vec3 col = uBase * shade;
    col = mix(col, uPulse, glow);
    col = mix(col, uCore, head * uFade * 0.8);
    gl_FragColor = vec4(col, 0.9 + 0.1 * glow);
    #include <tonemapping_fragment>
    #include <colorspace_fragment>
  }`,uh=class{constructor({colours:t,sphere:e,haloTexture:n}){this.group=new Pe,this.sphere=e,this.uniforms={uHead:{value:0},uDir:{value:1},uLen:{value:1},uFade:{value:1},uBase:{value:t.path},uPulse:{value:t.pulse},uCore:{value:t.core}},this.tubeMaterial=new We({uniforms:this.uniforms,transparent:!0,vertexShader:YS,fragmentShader:ZS}),this.headMaterial=new nn({color:t.core,transparent:!0}),this.haloMaterial=new Mi({map:n,color:t.pulse,transparent:!0,opacity:.9,depthWrite:!1}),this.ripple=new Ut(new as(.8,1.15,40),new nn({color:t.pulse,transparent:!0,side:sn,depthWrite:!1})),this.curve=null,this.length=0,this.t=0,this.last=0,this.tube=null,this.head=null,this.halo=null,this.box=new Qt,this.corner=new R}setCurve(t,e){if(this.clear(),!t)return;this.curve=t,this.length=t.getLength(),this.uniforms.uLen.value=this.length;let n=Math.min(800,Math.max(32,Math.round(this.length*2)));this.tube=new Ut(new An(t,n,qS,8,!1),this.tubeMaterial),this.tube.renderOrder=1,this.tube.name="referral-path",this.head=new Ut(this.sphere,this.headMaterial),this.head.scale.setScalar(.75),this.halo=new li(this.haloMaterial),this.halo.scale.setScalar(5.5),this.ripple.visible=!1,this.group.add(this.tube,this.halo,this.head,this.ripple),this.last=e}clear(){for(let t of[...this.group.children])this.group.remove(t);this.tube&&this.tube.geometry.dispose(),this.curve=null,this.tube=null,this.head=null,this.halo=null}update(t,{speed:e,playing:n,toPain:i,camera:r},o=!0){if(!this.curve)return;let a=Math.max(0,Math.min(.1,(t-this.last)/1e3));this.last=t,n&&o&&(this.t+=a*Math.max(.1,e));let l=Math.min(XS,Math.max(WS,this.length/30)),c=l+Eg,h=(this.t%c+c)%c,u=Math.min(1,h/l),d=u<1?u*(2-u)*.35+u*.65:1,f=Math.min(1,Math.max(0,i?d:1-d));this.uniforms.uHead.value=f,this.uniforms.uDir.value=i?1:-1;let p=h>l?(h-l)/Eg:0;this.uniforms.uFade.value=1-p,this.head.position.copy(this.curve.getPointAt(f)),this.head.visible=p<.6,this.halo.visible=p<.6,p>0?(this.ripple.visible=!0,this.ripple.position.copy(this.curve.getPointAt(i?1:0)),this.ripple.lookAt(r.position),this.ripple.scale.setScalar(1+4*p),this.ripple.material.opacity=.9*(1-p)):this.ripple.visible=!1}screenRect(t,e,n){if(!this.tube)return null;this.tube.geometry.boundingBox||this.tube.geometry.computeBoundingBox();let i=this.box.copy(this.tube.geometry.boundingBox).expandByScalar(8),r=1/0,o=1/0,a=-1/0,l=-1/0;for(let f=0;f<8;f++){let p=this.corner.set(f&1?i.max.x:i.min.x,f&2?i.max.y:i.min.y,f&4?i.max.z:i.min.z).project(t);if(p.z>1||p.z<-1)return null;r=Math.min(r,p.x),a=Math.max(a,p.x),o=Math.min(o,p.y),l=Math.max(l,p.y)}let c=Math.max(0,Math.floor((r+1)/2*e)-4),h=Math.min(e,Math.ceil((a+1)/2*e)+4),u=Math.max(0,Math.floor((o+1)/2*n)-4),d=Math.min(n,Math.ceil((l+1)/2*n)+4);return h<=c||d<=u?{x:0,y:0,w:0,h:0}:(h-c)*(d-u)>.6*e*n?null:{x:c,y:u,w:h-c,h:d-u}}warmObjects(){return[new Ut(this.sphere,this.tubeMaterial),new Ut(this.sphere,this.headMaterial),new li(this.haloMaterial),this.ripple.clone()]}};function Ld(s,t){let e=s.zone_offsets,n=s.zone_vertices;return!(t>=0)||3*t+3>=e.length?{ess:[],spill:[]}:{ess:n.subarray(e[3*t],e[3*t+1]),spill:n.subarray(e[3*t+1],e[3*t+2])}}var dh=class{constructor({scene:t,body:e,palette:n,settings:i,pixelRatio:r}){this.body=e,this.settings=i,this.c={};for(let a of["skin","highlight","essential","pain","painted","unexplained","spillover"])this.c[a]=qe(n[a]);this.dotMaterial=vg(this.c.spillover,r),this.dots=null,this.scene=t;let o=i.pain_spot_cm;this.ring=new Ut(new as(o*.95,o*1.3,48),new nn({color:this.c.pain,side:sn,transparent:!0,opacity:.95,polygonOffset:!0,polygonOffsetFactor:-2,polygonOffsetUnits:-2})),this.ring.name="pain-ring",this.ring.visible=!1,t.add(this.ring)}meshChanged(t){let e=this.body.geometry;if(t||!this.dots){this.dots&&(this.scene.remove(this.dots),this.dots.geometry.dispose());let n=new ye;n.setIndex(new te(new Uint32Array(e.index.count),1)),n.setDrawRange(0,0),this.dots=new Ut(n,this.dotMaterial),this.dots.name="spillover-dots",this.dots.renderOrder=1,this.scene.add(this.dots)}for(let n of["position","normal","stipple"])this.dots.geometry.setAttribute(n,e.getAttribute(n));this.dots.geometry.boundingSphere=e.boundingSphere}paint(t,e){let n=this.body;if(!n.mesh)return;let i=n.n,r=this.c,o=n.colourWork,a=n.stippleWork;for(let m=0;m<i;m++)o[3*m]=r.skin.r,o[3*m+1]=r.skin.g,o[3*m+2]=r.skin.b;a.fill(0);let l=(m,x,b)=>{m<0||m>=i||(o[3*m]+=(x.r-o[3*m])*b,o[3*m+1]+=(x.g-o[3*m+1])*b,o[3*m+2]+=(x.b-o[3*m+2])*b)};for(let m of t.highlight)l(m,r.highlight,.55);if(t.selected>=0){let{ess:m,spill:x}=Ld(e,t.selected);for(let b of x)b<i&&(a[b]=1);for(let b of m)l(b,r.essential,.82)}let c=t.painted.length?Yo(e):null;for(let m of t.painted)c[m]?l(m,r.painted,.6):l(m,r.unexplained,.85);if(n.has(t.pain))for(let[m,x]of n.vertexDisc(t.pain,this.settings.pain_spot_cm))l(m,r.pain,Math.min(1,.35+.9*x)),a[m]*=1-Math.min(1,.35+.9*x);let h=this.dots.geometry.index,u=bg(n.geometry.index.array,a,h.array);this.dots.geometry.setDrawRange(0,u),h.clearUpdateRanges(),h.addUpdateRange(0,Math.max(u,3)),h.needsUpdate=!0,this.dots.visible=u>0;let d=n.geometry.getAttribute("color"),f=n.geometry.getAttribute("stipple"),p=d.array,y=f.array,g=this.settings.spill_wash;for(let m=0;m<i;m++)a[m]>0&&l(m,r.spillover,g*a[m]),p[4*m]=o[3*m]*255,p[4*m+1]=o[3*m+1]*255,p[4*m+2]=o[3*m+2]*255,y[m]=a[m]*255;d.needsUpdate=!0,f.needsUpdate=!0,this.placeRing(t.pain)}placeRing(t){let e=this.body;if(!e.has(t)){this.ring.visible=!1;return}let n=e.normal(t).normalize();e.point(t,this.ring.position).addScaledVector(n,.45),this.ring.quaternion.setFromUnitVectors(new R(0,0,1),n),this.ring.visible=!0}warmObjects(t){return[this.ring.clone(),new Ut(this.dots?this.dots.geometry:t,this.dotMaterial)]}};function Tg(s){let{stage:t,body:e,picker:n}=s;function i(a){if(a=Number(a),!e.mesh||!e.has(a))return null;t.camera.updateMatrixWorld();let l=e.point(a).project(t.camera);if(l.z<-1||l.z>1||Math.abs(l.x)>1||Math.abs(l.y)>1)return null;let c=s.canvas.getBoundingClientRect(),h=c.left+(l.x+1)/2*c.width,u=c.top+(1-l.y)/2*c.height;return h<0||u<0||h>window.innerWidth||u>window.innerHeight?null:n.showsVertex(h,u,a)?{x:h,y:u}:null}function r(){let a=s.pulse;if(!a.curve)return null;let{speed:l,playing:c,toPain:h}=s.pulseSettings();return{length_cm:a.length,playing:c,head:a.uniforms.uHead.value,direction:h?"to_pain":"to_source",speed:l}}let o={project:i,path:r,setView(a){s.setView(String(a),!1)},render:()=>t.requestRender(),get ready(){return t.ready},get firstFrameMs(){return t.firstFrameMs},get renderToFirstFrameMs(){return t.renderToFirstFrameMs},get frames(){return t.frames},get partialFrames(){return t.partialFrames},get guesses(){return{...n.guesses}},get lastFrameTime(){return t.lastFrameTime},get animating(){return!!(s.pulse.curve&&s.store.get().playing!==!1)||!!s.rig.tween},get gliding(){return!!s.rig.tween},get markerScale(){return Number.isFinite(s.markers.zoom)?s.markers.zoom:1},get view(){return s.rig.current},get hoveredLine(){return s.lines.hovered||""},get cameraDistance(){return t.camera.position.distanceTo(t.controls.target)},get tip(){return s.tipText?s.tipText():""},get linesDrawn(){return s.lines.items.length},get musclesDrawn(){return s.muscles.areas.drawn},get rootsDrawn(){return s.roots.areas.drawn},get bonesDrawn(){return s.bones.drawn},get muscleLabels(){return s.muscles.labels.filter(a=>!a.el.hidden).map(a=>a.el.textContent)}};return Object.defineProperty(o,"_debug",{enumerable:!1,value:()=>({body:e.mesh,scene:t.scene,camera:t.camera,renderer:t.renderer})}),o}var fh=Object.freeze([]),ph=class{constructor({el:t,store:e,config:n,actions:i,pictures:r}){this.store=e,this.config=n,this.actions=i,this.disposers=[],this.pack=null,this.drawn={},this.stroke=new Set,this.buildDom(t);let o=Sg();if(this.webgl=o.available&&this.startStage(o.software),!this.webgl){this.hook=wg({wrap:this.wrap,store:e,pictures:r,texts:n.texts});return}this.build(),this.wire(),this.hook=Tg(this)}listen(t,e,n,i){t.addEventListener(e,n,i),this.disposers.push(()=>t.removeEventListener(e,n,i))}buildDom(t){let e=document.createElement("div");e.className="bm-canvas-wrap",e.style.cssText=`position:relative;width:100%;height:100%;min-height:240px;overflow:hidden;background:${this.config.palette.background};touch-action:none;user-select:none;-webkit-user-select:none;`;let n=document.createElement("canvas");n.tabIndex=0,n.setAttribute("role","application"),n.setAttribute("aria-label",this.config.texts.canvas_label),n.style.cssText="display:block;width:100%;height:100%;outline:none;cursor:crosshair;touch-action:none;";let i=document.createElement("div");i.className="bm-tip",i.style.cssText="position:absolute;pointer-events:none;display:none;padding:3px 8px;border-radius:4px;background:rgba(255,255,255,0.94);color:#1a1a1a;font:13px/1.3 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,0.25);white-space:nowrap;z-index:2;",e.append(n,i),t.replaceChildren(e),Object.assign(this,{wrap:e,canvas:n,tip:i}),this.listen(n,"focus",()=>{n.style.boxShadow=`inset 0 0 0 2px ${this.config.palette.marker}`}),this.listen(n,"blur",()=>{n.style.boxShadow="none"})}startStage(t){try{return this.stage=new Rc({canvas:this.canvas,background:this.config.palette.background,softwareGL:t,driver:this}),!0}catch{return!1}}build(){let{palette:t,settings:e}=this.config,n=this.stage;this.body=new ih(yg(n.softwareGL)),this.rig=new Ec({stage:n,wrap:this.wrap,views:this.config.views,initialView:this.store.get().view}),this.zones=new dh({scene:n.scene,body:this.body,palette:t,settings:e,pixelRatio:n.renderer.getPixelRatio()}),this.markers=new Ic({colour:t.marker,selectedGlow:t.selected_glow,halo:t.halo}),n.scene.add(this.markers.group),this.pulse=new uh({colours:{path:qe(t.path),pulse:qe(t.pulse),core:qe(t.pulse_core)},sphere:this.markers.sphere,haloTexture:this.markers.haloTexture}),n.scene.add(this.pulse.group),this.lines=new Cc({scene:n.scene,fallbackColour:t.line,body:this.body,lift:e.line_tube_lift_cm});let i={scene:n.scene,wrap:this.wrap,body:this.body,palette:t,pixelRatio:n.renderer.getPixelRatio()};this.muscles=new ah({...i,texts:this.config.texts}),this.roots=new lh(i),this.bones=new sh(i),this.picker=new hh(this),this.picker.attach(this.canvas,(o,a,l,c)=>this.listen(o,a,l,c)),this.listen(this.canvas,"webglcontextlost",o=>o.preventDefault()),this.listen(this.canvas,"webglcontextrestored",()=>{this.picker.dropGuess(),this.picker.release(),n.requestRender()}),n.controls.addEventListener("start",()=>this.hideTip());let r=new ResizeObserver(()=>this.resize());r.observe(this.wrap),this.disposers.push(()=>r.disconnect())}wire(){let t=this.store,e=()=>{this.picker.dropGuess(),this.showState()};this.disposers.push(t.on(["pain","painted","highlight","resultSites","selected","path","mode"],e),t.on(["highlight","path"],()=>this.frameCloseup()),t.on(["closeup"],n=>n.closeup?this.frameCloseup():this.setView(this.rig.current,!0)),t.on(["playing","speed","direction"],()=>{this.pulse.last=performance.now(),this.stage.requestRender()}),t.on(["lines"],()=>this.showLines()),t.on(["musclesShown","layers"],()=>this.showLayers()),t.on(["mode"],()=>this.applyMode()))}setPack(t){if(!this.webgl){this.pack=t;return}this.picker.dropGuess(),this.pack=t;let e=t.arrays,n=this.body.load(this.stage.scene,e.positions,e.indices);this.zones.meshChanged(n),this.rig.setBounds(this.body.geometry.boundingBox),this.drawn={},this.muscles.setPack(t),this.roots.setPack(t),this.bones.setPack(t),this.showState(),this.showLines(),this.showLayers(),this.applyMode(),this.rig.userMoved||this.setView(this.rig.current,!1),this.stage.requestRender()}mode(){return this.config.modes[this.store.get().mode]||this.config.modes.pick}applyMode(){if(!this.webgl)return;let t=this.stage.controls;this.mode().gesture==="paint"?(t.mouseButtons={LEFT:null,MIDDLE:vn.DOLLY,RIGHT:vn.ROTATE},t.touches={ONE:null,TWO:Bn.DOLLY_ROTATE}):(t.mouseButtons={LEFT:vn.ROTATE,MIDDLE:vn.DOLLY,RIGHT:vn.PAN},t.touches={ONE:Bn.ROTATE,TWO:Bn.DOLLY_PAN}),this.canvas.style.cursor="crosshair"}showState(){let t=this.store.get();this.muscles.show(t.musclesShown);let e=this.stroke.size?[...t.painted,...this.stroke]:t.painted;this.draw({pain:t.pain,selected:t.selected,resultSites:t.resultSites,painted:e,highlight:t.highlight,path:t.path,mode:t.mode})}showAnswer(t){let e=this.store.get();this.muscles.show(t.musclesShown??e.musclesShown),this.draw({pain:t.pain,selected:t.selected,resultSites:t.resultSites,painted:t.painted??e.painted,highlight:t.highlight??e.highlight,path:t.path,mode:e.mode})}draw(t){if(!this.pack||!this.body.mesh)return;let e=this.drawn,n=(...a)=>a.some(l=>!Xo(e[l],t[l])),i=n("pain","selected","painted","highlight"),r=n("resultSites","selected","mode"),o=n("path");i&&this.zones.paint(t,this.pack.arrays),r&&this.drawMarkers(t),o&&this.drawPath(t.path),this.drawn=t,(i||r||o)&&this.stage.requestRender()}drawMarkers(t){let e=null;if(this.config.modes[t.mode]?.markers==="all"){let n=new Set(t.resultSites);e=[];for(let i=0;i<this.pack.arrays.site_vertex.length;i++)n.has(i)||e.push(i)}this.markers.rebuild({sites:t.resultSites,selected:t.selected,anchor:(n,i)=>this.siteAnchor(n,i),others:e})}siteAnchor(t,e){let n=this.pack.arrays.site_vertex[t];if(n==null||!this.body.has(n))return null;let i=this.body.normal(n);return this.body.point(n).addScaledVector(i,e)}drawPath(t){let e=t&&t.length>=6?ps(t,this.body,this.config.settings.path_tube_lift_cm):null;this.pulse.setCurve(e,performance.now()),this.pulse.curve&&this.pulse.update(performance.now(),this.pulseSettings(),!1)}pulseSettings(){let t=this.store.get();return{speed:Number(t.speed)||1,playing:t.playing!==!1,toPain:t.direction!=="to_source",camera:this.stage.camera}}showLines(){if(!this.pack||!this.body.mesh)return;let t=new Set(this.store.get().lines),{line_offsets:e,line_points:n}=this.pack.arrays,i=this.pack.content.line_sites.map((r,o)=>({...r,points:n.subarray(3*e[o],3*e[o+1])})).filter(r=>t.has(r.id));this.lines.rebuild(i),this.stage.requestRender()}showLayers(){if(!this.pack||!this.body.mesh)return;let t=this.store.get();this.muscles.show(t.musclesShown),this.roots.show(t.layers.includes("roots")),this.bones.show(t.layers.includes("bones")),this.stage.requestRender()}placeHalos(){this.markers.place(this.stage.camera.position,this.rig.zoom()),this.pulse.curve&&ad(this.pulse.halo,this.pulse.head.position,1.2,this.stage.camera.position)}addDrawnArea(t,e=fh){let n=this.drawn,i=this.body,r=(h,u)=>{i.has(h)&&t.add(i.pos[3*h],i.pos[3*h+1],i.pos[3*h+2],u)},{ess:o,spill:a}=Ld(this.pack.arrays,n.selected??-1);for(let h of o)r(h,2.5);for(let h of a)r(h,2.5);r(n.pain??-1,this.config.settings.pain_spot_cm*1.3+2);for(let h of n.resultSites||fh)r(this.pack.arrays.site_vertex[h],Am);let l=this.pack.arrays,c=l.muscle_near_offsets;if(c)for(let h of e)for(let u=c[h];u<c[h+1];u++)r(l.muscle_near[u],1.5);if(this.pulse.tube){let h=this.pulse.tube.geometry;h.boundingBox||h.computeBoundingBox();let u=h.boundingBox;for(let d=0;d<8;d++)t.add(d&1?u.max.x:u.min.x,d&2?u.max.y:u.min.y,d&4?u.max.z:u.min.z,8)}}pickVertex(t,e){this.actions.clickBody(t,e),this.stage.renderNow()}commitAnswer(t){this.actions.commit(t),this.pulse.curve&&this.store.get().playing!==!1&&requestAnimationFrame(()=>requestAnimationFrame(()=>this.stage.requestRender(!1)))}pickMarker(t){this.actions.clickMarker(t)}paintAt(t,e){let n=this.stroke.size;for(let[i]of this.body.surfaceDisc(t,e||this.body.point(t),this.config.settings.paint_radius_cm))this.stroke.add(i);this.stroke.size!==n&&this.showState()}endStroke(){let t=[...this.stroke];this.stroke.clear(),this.actions.paint(t)}hoverLine(t){this.lines.highlight(t)&&this.stage.requestRender(),this.store.get().hoveredLine!==t&&this.store.set({hoveredLine:t})}siteLabel(t){let e=this.pack?.content.sites[t];return e?e.label:`site ${t}`}showTip(t,e,n,i){let r=this.wrap.getBoundingClientRect(),o=this.tip;o.textContent=t,o.style.display="block",o.style.left=`${Math.min(e-r.left+14,r.width-o.offsetWidth-4)}px`,o.style.top=`${Math.max(n-r.top-30,4)}px`,this.canvas.style.cursor=i}hideTip(){this.tip.style.display="none",this.canvas.style.cursor="crosshair"}tipText(){return this.tip.style.display==="none"?"":this.tip.textContent}setView(t,e){if(!this.webgl){this.config.views[t]&&this.store.get().view!==t&&this.store.set({view:t});return}this.rig.current=this.config.views[t]?t:this.rig.current,this.rig.glideTo(this.namedPose(this.rig.current),e),this.store.get().view!==this.rig.current&&this.store.set({view:this.rig.current})}namedPose(t){return this.store.get().closeup&&this.rig.framePose(this.rig.viewDir(t),this.focusPoints())||this.rig.viewPose(t)}focusPoints(){let t=this.drawn,e=this.body,n=[],i=r=>{e.has(r)&&n.push(e.point(r))};if(i(t.pain??-1),!(t.pain>=0))for(let r of[...t.painted||fh,...t.highlight||fh].slice(0,400))i(r);if(t.selected>=0&&i(this.pack.arrays.site_vertex[t.selected]),this.pulse.curve)for(let r=0;r<=16;r++)n.push(this.pulse.curve.getPointAt(r/16));return n}frameCloseup(){if(!this.webgl||!this.body.mesh||!this.store.get().closeup)return;let t=this.rig,e=this.drawn,n=t.lookDir(),i=this.body.normal(e.pain??-1);if(i){let o=e.selected>=0?this.body.normal(this.pack.arrays.site_vertex[e.selected]):null,a=l=>i.dot(l)>=.25&&(!o||o.dot(l)>=.15);if(!a(n)){let l=i.clone().add(o||i).setY(0);n=l.lengthSq()>1e-4&&a(l.normalize())?l:t.viewDir(t.nearestView(i)),t.current=t.nearestView(n),this.store.get().view!==t.current&&this.store.set({view:t.current})}}let r=t.framePose(n,this.focusPoints());r&&t.glideTo(r,!0)}resize(){let t=this.wrap.getBoundingClientRect(),e=Math.max(1,Math.round(t.width)),n=Math.max(1,Math.round(t.height));this.stage.resize(e,n),this.zones.dotMaterial.uniforms.uPx.value=this.stage.renderer.getPixelRatio(),this.body.mesh&&(this.rig.measureWholeBody(),!this.rig.userMoved&&!this.rig.tween&&this.setView(this.rig.current,!1)),this.stage.requestRender()}before(t){this.picker.dropGuess();let e=this.rig.step(t);e&&(this.stage.needFull=!0);let n=!!this.pulse.curve&&this.store.get().playing!==!1;this.pulse.curve&&this.pulse.update(t,this.pulseSettings(),n),this.placeHalos();let i=this.canvas.clientWidth,r=this.canvas.clientHeight;return this.muscles.placeLabels(this.stage.camera,i,r),this.roots.placeLabels(this.stage.camera,i,r),e||n}partialRect(){return this.pulse.curve?this.pulse.screenRect(this.stage.camera,this.canvas.clientWidth,this.canvas.clientHeight):null}hold(){return this.picker.clickPending()}hasBody(){return!!this.body.mesh}firstFrame(){this.rig.ready=!0,Wo(()=>this.precompile())}precompile(){let t=this.stage;if(t.disposed)return;let e=new os;e.add(...this.markers.warmObjects(),...this.zones.warmObjects(this.markers.sphere),...this.pulse.warmObjects(),...this.muscles.warmObjects(this.markers.sphere)),e.traverse(n=>{n.visible=!0,n.frustumCulled=!1}),t.renderer.extensions.has("KHR_parallel_shader_compile")?t.renderer.compileAsync(e,t.camera,t.scene).catch(()=>{}).finally(()=>e.clear()):(t.renderer.compile(e,t.camera,t.scene),e.clear())}dispose(){for(let t of this.disposers)t();this.webgl&&(this.picker.release(),this.stage.dispose())}};var $S=new Set(["click","paint","search"]),mh=class{constructor({root:t,host:e,config:n,body:i,language:r}){this.root=t,this.host=e,this.config=n,this.texts=n.texts,this.language=r||{lang:"en",patch:[]},this.answers=null,this.disposers=[],this.store=af({body:i||n.default_variant,mode:"pick",view:"front",closeup:!1,clinic:!1,pain:-1,painted:ln,highlight:ln,resultSites:ln,selected:-1,path:new Float32Array(0),context:null,lines:ln,layers:ln,musclesShown:ln,hoveredLine:"",playing:!0,speed:1,direction:"to_pain",tour:null,quiz:null,pick:0,answered:0,handoutBusy:!1,ready:!1,record:cf,lang:this.language.lang}),this.tour=new ha(this),this.quiz=new ea(this),this.search=new na({texts:this.texts.screen,choose:o=>this.runSearch(o)}),this.build(),this.wire()}build(){let t=this.texts.screen,e=this.root;for(let[o,a]of Object.entries(this.config.palette))e.style.setProperty(`--bm-${o}`,a);let[n,i]=t.tagline.split("{here}"),r=O("header",{class:"bm-header"},O("h1",{},t.title),O("span",{},n,O("i",{},t.tagline_here),i));this.toolbar=new ca(this),this.record=new ua(this),this.panel=new Qo(this),this.viewerEl=O("div",{class:"bm-viewer","data-testid":"viewer"}),this.notice=O("p",{class:"bm-notice",role:"status",hidden:!0}),e.classList.add("bm-app"),e.setAttribute("lang",this.language.lang),e.replaceChildren(r,this.toolbar.el,this.notice,O("div",{class:"bm-main"},this.viewerEl,this.panel.el)),e.removeAttribute("aria-busy"),this.viewer=new ph({el:this.viewerEl,store:this.store,config:{palette:this.config.palette,settings:this.config.settings,views:this.config.views,modes:this.config.modes,texts:t},actions:this.viewerActions(),pictures:this.host.pictures})}wire(){let t=this.store;this.disposers.push(t.on(null,(n,i)=>{this.toolbar.render(n),this.renderPanel(i)}),t.on(["body","mode","view","pain","selected","lines","layers","tour"],n=>{!n.ready||this.shareQueued||(this.shareQueued=!0,Ko(()=>{this.shareQueued=!1,this.answers&&wh(Mh(t.get(),this.answers.content,this.config.default_variant),this.host.shareIn)},2))}),t.on(["clinic"],n=>t.set({closeup:n.clinic})),t.on(["selected","context","mode","layers","body"],n=>{let i=yh(n,this.answers?.pack);i.join()!==n.musclesShown.join()&&t.set({musclesShown:i})}));let e=()=>{let n=la(location);xh(n,this.config)!==this.language.lang?location.reload():this.answers&&this.restore(n)};window.addEventListener("hashchange",e),this.disposers.push(()=>window.removeEventListener("hashchange",e)),this.host.onPath&&this.host.onPath((n,i)=>this.exactPath(n,i)),this.host.onPickRequest&&this.host.onPickRequest(n=>this.clickBody(n)),this.hook=lf(this),window.bodymap=this.hook}fromPointer(t){this.pointerPick=!0;try{t()}finally{this.pointerPick=!1}}renderPanel(t){let e=this.panelPending;if(e)for(let n of t)e.add(n);if(this.pointerPick){e||(this.panelPending=new Set(t),Ko(()=>this.flushPanel()));return}this.panelPending=null,this.panel.render(this.store.get(),e||t)}flushPanel(){let t=this.panelPending;!t||this.disposed||(this.panelPending=null,this.panel.render(this.store.get(),t))}viewerActions(){return{preview:t=>{let e=this.modeActions().preview?.(this,t)??null;if(!e)return null;let n=this.store.get();return{...e,musclesShown:yh({...n,selected:e.selected??n.selected},this.answers?.pack)}},commit:t=>this.fromPointer(()=>this.apply(t)),clickBody:t=>this.fromPointer(()=>this.clickBody(t)),clickMarker:t=>this.modeActions().clickMarker(this,t),paint:t=>this.paint(t)}}modeActions(){return jo[this.store.get().mode]||jo.pick}async loadBody(t,e=null){let n;try{n=await this.host.loadBody(t)}catch(r){throw this.say(Wt(this.texts.screen.load_failed,{reason:r&&r.message?r.message:String(r)})),r}let i=this.store.get();ta(n,this.language),sa(n),this.answers=new Jo(n,this.config),this.search.setIndex(n.content.search),this.panel.setContent(n.content),this.store.set({body:t}),this.viewer.setPack(n),e?this.restore(e):this.keepSelection(i),this.store.set({ready:!0}),this.panel.render(this.store.get())}keepSelection(t){let e=t.pain>=0?this.answers.forVertex(t.pain):t.painted.length?this.answers.forPainted(t.painted):null;if(!e){t.selected>=0&&this.store.set({path:this.answers.bakedPath(t.selected)});return}e.resultSites.includes(t.selected)&&(e.selected=t.selected,e.path=this.answers.bakedPath(t.selected)),this.apply(e)}restore(t){let{state:e,rejected:n}=Sh(t,{content:this.answers.content,config:this.config,n:this.answers.ranker.n});if(n.length&&this.host.reportRejected&&this.host.reportRejected(n),e.line&&this.setLines(e.line),e.layers&&this.store.set({layers:e.layers}),e.tour){this.tour.start(e.tour,(e.step||1)-1);return}e.mode&&this.setMode(e.mode),e.view&&this.viewer.setView(e.view,!1),e.pain!=null&&this.apply(this.answers.forVertex(e.pain)),e.tp&&this.choose(this.answers.content.sites.findIndex(i=>i.key===e.tp))}apply(t){this.store.set(t),this.askExactPath()}askExactPath(){let t=this.store.get();if(!this.host.requestPath||!$S.has(t.context?.kind)||t.selected<0)return;let e=t.pick+1;this.store.set({pick:e}),this.host.requestPath(e,t)}exactPath(t,e){t===this.store.get().pick&&this.store.set({answered:t,path:e.length>=6?e:this.store.get().path})}clickBody(t){!this.answers||!(t>=0&&t<this.answers.ranker.n)||this.modeActions().clickBody(this,t)}choose(t){!this.answers||!(t>=0)||t===this.store.get().selected||(this.store.set({selected:t,path:this.answers.bakedPath(t)}),this.askExactPath())}paint(t){this.answers&&this.record.paint(t)}clearDrawing(){this.record.clear(),this.apply(this.answers.empty())}showMuscle(t){t&&this.answers?.content.muscles[t]&&this.apply(this.answers.forMuscle(t))}runSearch(t){let e=this.answers&&jd(this.answers,this.answers.content.search.index,t,this.texts.screen);if(!e)return this.say(Wt(this.texts.screen.search_nothing,{query:String(t).slice(0,60)})),!1;this.say("");let n=this.store.get().mode;return n!=="pick"&&n!=="forward"&&this.setMode("pick"),this.apply(e),!0}setMode(t){if(!(t in this.config.modes))return;let e=this.store.get().mode;e!==t&&(e==="quiz"&&this.quiz.end(!0),e==="tour"&&t!=="tour"&&this.tour.end(!1),this.store.set({mode:t}))}pressView(t){this.viewer.setView(t,!0)}setView(t){this.viewer.setView(t,!0)}resetView(){this.store.get().closeup?this.store.set({closeup:!1,clinic:!1}):this.viewer.setView(this.store.get().view,!0)}setClinic(t){this.store.set({clinic:!!t})}setLines(t){this.store.set({lines:[...t]})}setLayer(t,e){let n=this.store.get().layers;e!==n.includes(t)&&this.store.set({layers:e?[...n,t]:n.filter(i=>i!==t)})}setLanguage(t){t===this.store.get().lang||!(t in(this.config.languages||{}))||(this.store.set({lang:t}),this.answers&&wh(Mh(this.store.get(),this.answers.content,this.config.default_variant),this.host.shareIn),location.reload())}async setBody(t){!this.config.variants.includes(t)||t===this.store.get().body||await this.loadBody(t)}async handout(){let t=this.store.get(),e=this.answers.content,n=t.pain>=0?[t.pain]:t.painted.length?t.painted:t.highlight,i=[t.selected,...t.resultSites].filter((r,o,a)=>r>=0&&a.indexOf(r)===o).slice(0,4);this.store.set({handoutBusy:!0});try{let r=t.record.areas.filter(o=>o.vertices.length).map(({vertices:o,intensity:a,quality:l,depth:c,note:h})=>({vertices:o,intensity:a,quality:l,depth:c,note:h}));await this.host.handout({body:t.body,pain:[...n],trigger_points:i.map(o=>e.sites[o].key),...r.length?{drawing:r}:{}}),this.say("")}catch(r){this.say(Wt(this.texts.screen.handout_failed,{reason:r&&r.message?r.message:String(r)}))}finally{this.store.set({handoutBusy:!1})}}say(t){this.notice.textContent=t,this.notice.hidden=!t}dispose(){this.disposed=!0;for(let t of this.disposers)t();this.viewer.dispose(),window.bodymap===this.hook&&delete window.bodymap}};function Dd(s,t){let e=document.getElementById(`bm-pack-${s}-${t}`);if(!e)throw new Error(`this copy has no ${t} body`);return e.textContent}function JS(){let s=JSON.parse(document.getElementById("bm-site").textContent),t=s.config,e={name:"standalone",shareIn:"hash",loadBody:async r=>qo(Dd("body",r),t.formats.body),loadQuiz:async r=>qo(Dd("quiz",r),t.formats.quiz),loadLanguage:async r=>qo(Dd("lang",r),t.formats.language),requestPath:null,onPath:null,onPickRequest:null,handout:null,pictures:null,reportRejected:r=>console.warn("bodymap: ignored URL parameters",r)},n=la(location),i=t.variants.includes(n.get("body"))?n.get("body"):s.first_body;Kd(t,e,n).then(({config:r,language:o})=>{let a=new mh({root:document.getElementById("bm-root"),host:e,config:r,body:i,language:o});return a.loadBody(i,n).then(()=>of(a,n))}).catch(r=>console.error("bodymap could not start",r))}try{JS()}catch(s){console.error("bodymap could not start",s);let t=document.getElementById("bm-root");if(t){let e=document.createElement("p");e.className="bm-loading",e.textContent=`bodymap could not start: ${s&&s.message?s.message:s}`,t.replaceChildren(e)}}})();
/*! Bundled license information:

three/build/three.core.js:
three/build/three.module.js:
  (**
   * @license
   * Copyright 2010-2026 Three.js Authors
   * SPDX-License-Identifier: MIT
   *)
*/
