import{q as z,s as O,r as I,v as G,ab as M,j as t,D as U,E as c,G as F,H as P,K as j,a6 as v,ac as K,ad as V,ae as w,af as A,u as W,S as N,T as C,A as H,e as Q,b as X,m as _,n as J,C as E,d as Y,g as Z,f as B,k as rr}from"./index-DzTxQdwm.js";import{u as er}from"./useQuery-Lo4GYFhY.js";import{u as ar}from"./useMutation-ChZQ6rV_.js";import{a as S,c as $,S as q,d as b}from"./security_service_pb-DV4fn-aw.js";import{d as tr,P as nr}from"./FormParts-Budgfzof.js";import{T as or,H as ir,a as sr,b as lr,c as g}from"./Tables-C48uAuqg.js";import{a as dr}from"./reports-CzpvJieW.js";import{r as cr,w as ur}from"./format-D_LUQ-sI.js";import{T as pr}from"./TableContainer-xkYBhBfa.js";import"./vulnerability_pb-BxM-QbMw.js";import"./duration_pb-BfSOnbyY.js";import"./MenuItem-CQgdWoYJ.js";function mr(e){return z("MuiLinearProgress",e)}O("MuiLinearProgress",["root","colorPrimary","colorSecondary","determinate","indeterminate","buffer","query","dashed","dashedColorPrimary","dashedColorSecondary","bar","bar1","bar2","barColorPrimary","barColorSecondary","bar1Indeterminate","bar1Determinate","bar1Buffer","bar2Indeterminate","bar2Buffer"]);const k=4,T=A`
  0% {
    left: -35%;
    right: 100%;
  }

  60% {
    left: 100%;
    right: -90%;
  }

  100% {
    left: 100%;
    right: -90%;
  }
`,fr=typeof T!="string"?w`
        animation: ${T} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite;
      `:null,R=A`
  0% {
    left: -200%;
    right: 100%;
  }

  60% {
    left: 107%;
    right: -8%;
  }

  100% {
    left: 107%;
    right: -8%;
  }
`,br=typeof R!="string"?w`
        animation: ${R} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite;
      `:null,L=A`
  0% {
    opacity: 1;
    background-position: 0 -23px;
  }

  60% {
    opacity: 0;
    background-position: 0 -23px;
  }

  100% {
    opacity: 1;
    background-position: -200px -23px;
  }
`,gr=typeof L!="string"?w`
        animation: ${L} 3s infinite linear;
      `:null,vr=e=>{const{classes:r,variant:a,color:i}=e,u={root:["root",`color${c(i)}`,a],dashed:["dashed",`dashedColor${c(i)}`],bar1:["bar","bar1",`barColor${c(i)}`,(a==="indeterminate"||a==="query")&&"bar1Indeterminate",a==="determinate"&&"bar1Determinate",a==="buffer"&&"bar1Buffer"],bar2:["bar","bar2",a!=="buffer"&&`barColor${c(i)}`,a==="buffer"&&`color${c(i)}`,(a==="indeterminate"||a==="query")&&"bar2Indeterminate",a==="buffer"&&"bar2Buffer"]};return F(u,mr,r)},D=(e,r)=>e.vars?e.vars.palette.LinearProgress[`${r}Bg`]:e.palette.mode==="light"?K(e.palette[r].main,.62):V(e.palette[r].main,.5),hr=P("span",{name:"MuiLinearProgress",slot:"Root",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.root,r[`color${c(a.color)}`],r[a.variant]]}})(j(({theme:e})=>({position:"relative",overflow:"hidden",display:"block",height:4,zIndex:0,"@media print":{colorAdjust:"exact"},variants:[...Object.entries(e.palette).filter(v()).map(([r])=>({props:{color:r},style:{backgroundColor:D(e,r)}})),{props:({ownerState:r})=>r.color==="inherit"&&r.variant!=="buffer",style:{"&::before":{content:'""',position:"absolute",left:0,top:0,right:0,bottom:0,backgroundColor:"currentColor",opacity:.3}}},{props:{variant:"buffer"},style:{backgroundColor:"transparent"}},{props:{variant:"query"},style:{transform:"rotate(180deg)"}}]}))),yr=P("span",{name:"MuiLinearProgress",slot:"Dashed",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.dashed,r[`dashedColor${c(a.color)}`]]}})(j(({theme:e})=>({position:"absolute",marginTop:0,height:"100%",width:"100%",backgroundSize:"10px 10px",backgroundPosition:"0 -23px",variants:[{props:{color:"inherit"},style:{opacity:.3,backgroundImage:"radial-gradient(currentColor 0%, currentColor 16%, transparent 42%)"}},...Object.entries(e.palette).filter(v()).map(([r])=>{const a=D(e,r);return{props:{color:r},style:{backgroundImage:`radial-gradient(${a} 0%, ${a} 16%, transparent 42%)`}}})]})),gr||{animation:`${L} 3s infinite linear`}),xr=P("span",{name:"MuiLinearProgress",slot:"Bar1",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar1,r[`barColor${c(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar1Indeterminate,a.variant==="determinate"&&r.bar1Determinate,a.variant==="buffer"&&r.bar1Buffer]}})(j(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[{props:{color:"inherit"},style:{backgroundColor:"currentColor"}},...Object.entries(e.palette).filter(v()).map(([r])=>({props:{color:r},style:{backgroundColor:(e.vars||e).palette[r].main}})),{props:{variant:"determinate"},style:{transition:`transform .${k}s linear`}},{props:{variant:"buffer"},style:{zIndex:1,transition:`transform .${k}s linear`}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:fr||{animation:`${T} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite`}}]}))),Cr=P("span",{name:"MuiLinearProgress",slot:"Bar2",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar2,r[`barColor${c(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar2Indeterminate,a.variant==="buffer"&&r.bar2Buffer]}})(j(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[...Object.entries(e.palette).filter(v()).map(([r])=>({props:{color:r},style:{"--LinearProgressBar2-barColor":(e.vars||e).palette[r].main}})),{props:({ownerState:r})=>r.variant!=="buffer"&&r.color!=="inherit",style:{backgroundColor:"var(--LinearProgressBar2-barColor, currentColor)"}},{props:({ownerState:r})=>r.variant!=="buffer"&&r.color==="inherit",style:{backgroundColor:"currentColor"}},{props:{color:"inherit"},style:{opacity:.3}},...Object.entries(e.palette).filter(v()).map(([r])=>({props:{color:r,variant:"buffer"},style:{backgroundColor:D(e,r),transition:`transform .${k}s linear`}})),{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:br||{animation:`${R} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite`}}]}))),Pr=I.forwardRef(function(r,a){const i=G({props:r,name:"MuiLinearProgress"}),{className:u,color:s="primary",value:l,valueBuffer:m,variant:d="indeterminate",...h}=i,n={...i,color:s,variant:d},p=vr(n),o=M(),y={},x={bar1:{},bar2:{}};if((d==="determinate"||d==="buffer")&&l!==void 0){y["aria-valuenow"]=Math.round(l),y["aria-valuemin"]=0,y["aria-valuemax"]=100;let f=l-100;o&&(f=-f),x.bar1.transform=`translateX(${f}%)`}if(d==="buffer"&&m!==void 0){let f=(m||0)-100;o&&(f=-f),x.bar2.transform=`translateX(${f}%)`}return t.jsxs(hr,{className:U(p.root,u),ownerState:n,role:"progressbar",...y,ref:a,...h,children:[d==="buffer"?t.jsx(yr,{className:p.dashed,ownerState:n}):null,t.jsx(xr,{className:p.bar1,ownerState:n,style:x.bar1}),d==="determinate"?null:t.jsx(Cr,{className:p.bar2,ownerState:n,style:x.bar2})]})}),jr={[b.RECEIVING]:"receiving",[b.PARSING]:"parsing",[b.DEDUPLICATING]:"deduplicating",[b.STORING]:"storing",[b.EVALUATING_GATE]:"evaluating the gate",[b.COMPLETED]:"completed",[b.FAILED]:"failed"},Sr={[S.PASS]:["Pass","success"],[S.WARN]:["Warn","warning"],[S.FAIL]:["Fail","error"]};function $r({scan:e}){const r=Z(),[a,i]=I.useState();I.useEffect(()=>{const l=new AbortController;return(async()=>{try{for await(const m of B(q).watchScan({id:e.id},{signal:l.signal}))i(m.progress)}catch{}l.signal.aborted||r.invalidateQueries({queryKey:["scans"]})})(),()=>l.abort()},[e.id,r]);const u=Number((a==null?void 0:a.findingsStored)??0n),s=Number((a==null?void 0:a.findingsDistinct)??0n);return t.jsxs(N,{spacing:.5,sx:{minWidth:160},children:[t.jsx(C,{variant:"caption",children:a?jr[a.phase]??"working":"starting"}),t.jsx(Pr,{"aria-label":`Progress of the ${e.tool||"scan"} upload`,variant:s>0?"determinate":"indeterminate",value:s>0?100*u/s:void 0})]})}function Ir({scan:e}){if(e.status===$.RECEIVING||e.status===$.PROCESSING)return t.jsx($r,{scan:e});if(e.status===$.FAILED)return t.jsx(E,{size:"small",color:"error",label:`Refused: ${e.error}`});const r=e.summary;return t.jsx("span",{children:r?`${r.new} new, ${r.updated} seen again, ${r.reopened} reopened, ${r.resolved} resolved`:"—"})}function Or(){var d,h;const[e,r]=W(),a=e.get("repository")??"",i=tr(),u=i.token,s=er({queryKey:["scans",a,u],queryFn:()=>B(q).listScans({repositoryId:a,pageSize:50,pageToken:u}),placeholderData:rr}),l=ar({mutationFn:dr}),m=s.error??l.error;return t.jsxs(N,{spacing:2,children:[t.jsx(C,{variant:"h4",component:"h1",children:"Scans"}),m&&t.jsx(H,{severity:"error",children:Q(m).message}),t.jsx(X,{size:"small",label:"Repository",value:a,onChange:n=>{i.reset(),r(n.target.value?{repository:n.target.value}:{})},sx:{maxWidth:320}}),t.jsx(pr,{children:t.jsxs(or,{size:"small","aria-label":"Scans",children:[t.jsx(ir,{columns:["When","Where","Tool","Outcome","Gate","Report"]}),t.jsx(sr,{children:(d=s.data)==null?void 0:d.scans.map(n=>{const p=n.gate?Sr[n.gate.verdict]:void 0,o=n.scope;return t.jsxs(lr,{hover:!0,children:[t.jsx(g,{title:ur(n.createTime),children:cr(n.createTime)}),t.jsxs(g,{children:[t.jsxs(_,{component:J,to:`/vulnerabilities?repository=${encodeURIComponent((o==null?void 0:o.repositoryId)??"")}&branch=${encodeURIComponent((o==null?void 0:o.branch)??"")}`,children:[o==null?void 0:o.repositoryId," @ ",o==null?void 0:o.branch]}),(o==null?void 0:o.commitSha)&&t.jsx(C,{variant:"caption",component:"div",children:o.commitSha.slice(0,12)})]}),t.jsx(g,{children:n.tool||n.format}),t.jsx(g,{children:t.jsx(Ir,{scan:n})}),t.jsx(g,{children:p?t.jsx(E,{size:"small",label:p[0],color:p[1]}):"—"}),t.jsx(g,{children:n.reportKept?t.jsx(Y,{size:"small",disabled:l.isPending,"aria-label":`Download the ${n.tool||"scan"} report as uploaded`,onClick:()=>l.mutate(n),children:"Download"}):"—"})]},n.id)})})]})}),s.data&&s.data.scans.length===0&&t.jsx(C,{children:"No scans yet: upload a report with `secureflow scan upload`."}),t.jsx(nr,{pages:i,nextPageToken:(h=s.data)==null?void 0:h.nextPageToken})]})}export{Or as default};
